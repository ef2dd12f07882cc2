import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset.ts';
import { hreflangOf, INDEX_HTML, metaOf, SITE } from './page-fixtures.ts';
import { asEmbedPage, contentSecurityPolicy, staticPages } from './static-pages.ts';

describe('staticPages', () => {
  const source = (url: string) => [{ url, title: 'Report', publisher: 'Agency' }];
  const { dataset, skipped } = parseDataset({
    version: 1,
    title: 'Test <data>',
    description: 'About the test.',
    categories: [{ id: 'strike', label: 'Strikes', color: '#0072B2' }],
    events: [
      { id: 'first', date: '2024-01-04', title: 'First', summary: 'One.', category: 'strike', sources: source('https://example.com/1') },
      { id: 'bad-date', date: '2023-02-30', title: 'Bad', category: 'strike', sources: source('https://example.com/2') },
      { id: 'bad-url', date: '2024-01-05', title: 'Bad', category: 'strike', sources: source('javascript:alert(1)') },
      { id: 'second', date: '2024-02-01', title: 'Second', summary: 'Two.', category: 'strike', sources: source('https://example.com/3') },
    ],
  });

  it('writes pages for the valid events only, skipping invalid records the way the app does', () => {
    expect(skipped.map((problem) => problem.id)).toEqual(['bad-date', 'bad-url']);
    const files = staticPages(INDEX_HTML, dataset, { base: '/timeline/', siteUrl: SITE.siteUrl });
    expect(files.map((file) => file.path).sort()).toEqual(
      [
        '404.html',
        'changes/index.html',
        'embed/events/first/index.html',
        'embed/events/second/index.html',
        'embed/index.html',
        'events/first/index.html',
        'events/second/index.html',
        'index.html',
        'make/index.html',
        'oembed/first.json',
        'oembed/second.json',
        'og-card.png',
      ].sort(),
    );
    const text = (path: string) => String(files.find((file) => file.path === path)?.content);
    expect(text('events/first/index.html')).toContain('<title>First · Test &lt;data&gt;</title>');
    expect(text('404.html')).toContain('<title>Conflict timeline</title>');
    expect(text('changes/index.html')).toContain('<title>Corrections and updates · Test &lt;data&gt;</title>');
    expect(metaOf(text('changes/index.html'), 'canonical')).toBe('https://example.org/timeline/changes/');
    expect(metaOf(text('changes/index.html'), 'description')).toBe(
      'No corrections or updates listed yet: the public record of changes to Test &lt;data&gt;.',
    );
    // The authors' page: its own title, description and canonical, no robots rule.
    expect(text('make/index.html')).toContain('<title>Make your own timeline</title>');
    expect(text('make/index.html')).not.toContain('<title>Conflict timeline</title>');
    expect(metaOf(text('make/index.html'), 'description')).toMatch(/^Preview a spreadsheet or data file as a timeline/);
    expect(metaOf(text('make/index.html'), 'canonical')).toBe('https://example.org/timeline/make/');
    expect(text('make/index.html')).not.toContain('noindex');
    expect(metaOf(text('404.html'), 'robots')).toBe('noindex');
    expect(metaOf(text('index.html'), 'og:title')).toBe('Test &lt;data&gt;');
    expect(metaOf(text('index.html'), 'canonical')).toBe('https://example.org/timeline/');
    expect(metaOf(text('embed/index.html'), 'robots')).toBe('noindex');
    expect(metaOf(text('embed/index.html'), 'canonical')).toBe('https://example.org/timeline/');
    expect(JSON.parse(text('oembed/second.json'))).toMatchObject({ type: 'rich', title: 'Second', provider_name: 'Test <data>' });
    // Every page is the built index.html underneath: same CSP, same assets.
    for (const file of files.filter((f) => f.path.endsWith('.html'))) {
      expect(String(file.content)).toContain(`content="${contentSecurityPolicy()}"`);
      expect(String(file.content)).toContain('<script type="module" crossorigin src="/sub/assets/index-abc.js"></script>');
    }
  });

  it('gives embed pages the embed frame and other pages the page frame', () => {
    const files = staticPages(INDEX_HTML, dataset, { base: '/timeline/', siteUrl: SITE.siteUrl });
    const html = (path: string) => String(files.find((file) => file.path === path)!.content);
    expect(html('embed/index.html')).toContain('class="app app--embed"');
    expect(html('embed/events/first/index.html')).toContain('class="app app--embed"');
    expect(html('index.html')).not.toContain('app--embed');
    expect(html('events/first/index.html')).not.toContain('app--embed');
  });

  describe('the changes feed', () => {
    const edition = { revision: '2', changes: [{ date: '2024-02-02', events: ['second'], summary: 'Date corrected.' }] };
    const FEED_LINK = '<link rel="alternate" type="application/atom+xml" href="https://example.org/timeline/changes.xml" title="Test &lt;data&gt;: corrections and updates" />';

    it('is written, and linked from the pages that are not embeds, when the dataset has changes', () => {
      const files = staticPages(INDEX_HTML, dataset, { base: '/timeline/', siteUrl: SITE.siteUrl }, edition);
      const html = (path: string) => String(files.find((file) => file.path === path)!.content);
      expect(html('changes.xml')).toContain('<id>https://example.org/timeline/changes/#change-2024-02-02-1</id>');
      expect(html('changes.xml')).toContain('<a href="https://example.org/timeline/events/second/">Second</a>');
      for (const page of ['index.html', '404.html', 'changes/index.html', 'events/first/index.html', 'events/second/index.html']) expect(html(page)).toContain(FEED_LINK);
      for (const page of ['embed/index.html', 'embed/events/first/index.html']) expect(html(page)).not.toContain('application/atom+xml');
    });

    it.each([
      ['the dataset has no changes', { base: '/timeline/', siteUrl: SITE.siteUrl }, { changes: [] }],
      ['there is no SITE_URL (Atom links must be absolute)', { base: '/timeline/' }, edition],
    ])('is neither written nor linked when %s', (_, site, given) => {
      const files = staticPages(INDEX_HTML, dataset, site, given);
      expect(files.map((file) => file.path)).not.toContain('changes.xml');
      expect(files.some((file) => String(file.content).includes('application/atom+xml'))).toBe(false);
    });
  });
});

describe('staticPages for a dataset in English and Arabic', () => {
  const source = [{ url: 'https://example.com/1', title: 'Report', publisher: 'Agency' }];
  const { dataset } = parseDataset({
    version: 1,
    language: 'en',
    title: 'Escalation',
    description: 'About the escalation.',
    i18n: { ar: { title: 'التصعيد', description: 'عن التصعيد.', translatedFrom: 'en' } },
    categories: [{ id: 'strike', label: 'Strikes', color: '#0072B2', i18n: { ar: { label: 'ضربات' } } }],
    events: [
      { id: 'first', date: '2024-01-04', title: 'First', summary: 'One.', category: 'strike', sources: source, i18n: { ar: { title: 'الأول', summary: 'واحد.' } } },
      { id: 'second', date: '2024-02-01', title: 'Second', summary: 'Two.', category: 'strike', sources: source },
      { id: 'third', date: '2024-02-28', title: 'Third', summary: 'Three.', category: 'strike', sources: source },
    ],
  });
  const edition = { revision: '2', changes: [{ date: '2024-02-02', events: ['second'], summary: 'Date corrected.' }] };
  const files = staticPages(INDEX_HTML, dataset, { base: '/timeline/', siteUrl: SITE.siteUrl }, edition);
  const html = (path: string) => String(files.find((file) => file.path === path)?.content);

  it('writes each page again under ar/, but not 404.html and the English-only make/', () => {
    const arabic = files.map((file) => file.path).filter((path) => path.startsWith('ar/'));
    expect(arabic.sort()).toEqual(
      [
        'ar/changes/index.html',
        'ar/embed/events/first/index.html',
        'ar/embed/events/second/index.html',
        'ar/embed/index.html',
        'ar/events/first/index.html',
        'ar/embed/events/third/index.html',
        'ar/events/second/index.html',
        'ar/events/third/index.html',
        'ar/index.html',
        'ar/oembed/first.json',
        'ar/oembed/second.json',
        'ar/oembed/third.json',
      ].sort(),
    );
    expect(files.map((file) => file.path)).toEqual(expect.arrayContaining(['og-card.png', 'og-card-ar.png', '404.html', 'make/index.html']));
  });

  it('gives an Arabic event page lang and dir, its Arabic title and summary, and links both ways', () => {
    const page = html('ar/events/first/index.html');
    expect(page).toContain('<html lang="ar-IQ" dir="rtl">');
    expect(page).toContain('<title>الأول · التصعيد</title>');
    expect(metaOf(page, 'description')).toBe('واحد.');
    expect(metaOf(page, 'og:locale')).toBe('ar_IQ');
    expect(page).toContain('<noscript>يحتاج هذا الخط الزمني إلى JavaScript.');
    expect(hreflangOf(page, 'en')).toBe('https://example.org/timeline/events/first/');
    const english = html('events/first/index.html');
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<title>First · Escalation</title>');
    expect(hreflangOf(english, 'ar')).toBe('https://example.org/timeline/ar/events/first/');
    expect(metaOf(english, 'og:locale:alternate')).toBe('ar_IQ');
  });

  it("shows an untranslated event's original text, and the dataset's Arabic title, on its Arabic page", () => {
    expect(html('ar/events/second/index.html')).toContain('<title>Second · التصعيد</title>');
    expect(html('ar/index.html')).toContain('<title>التصعيد</title>');
    expect(metaOf(html('ar/index.html'), 'description')).toBe('عن التصعيد.');
  });

  it('puts the Arabic embeds in the embed frame, and links the English feed from the English pages only', () => {
    expect(html('ar/embed/events/first/index.html')).toContain('class="app app--embed"');
    expect(metaOf(html('ar/embed/events/first/index.html'), 'canonical')).toBe('https://example.org/timeline/ar/events/first/');
    expect(html('events/first/index.html')).toContain('application/atom+xml');
    expect(html('ar/events/first/index.html')).not.toContain('application/atom+xml');
  });

  it("draws Arabic's card with time running right to left", () => {
    expect(files.find((file) => file.path === 'og-card-ar.png')?.content).not.toEqual(files.find((file) => file.path === 'og-card.png')?.content);
  });
});

describe('asEmbedPage', () => {
  it('puts the loading screen in the embed frame, and changes nothing else', () => {
    const embed = asEmbedPage(INDEX_HTML);
    expect(embed).toContain('<div id="root">\n      <div class="app app--embed"><section');
    expect(embed.replace(' app--embed', '')).toBe(INDEX_HTML);
  });
});

describe('the Content-Security-Policy', () => {
  it('needs no escaping in an attribute and allows no inline scripts', () => {
    expect(contentSecurityPolicy()).not.toMatch(/["&<>]/);
    expect(contentSecurityPolicy()).toContain("script-src 'self';");
    expect(contentSecurityPolicy()).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('allows an inline script only by its hash', () => {
    const policy = contentSecurityPolicy(["'sha256-abc='"]);
    expect(policy).toContain("script-src 'self' 'sha256-abc=';");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).not.toMatch(/["&<>]/);
  });
});
