import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset.ts';
import { rewriteHead } from './head-tags.ts';
import { changesHeadTags, eventDescription, eventHeadTags, homeHeadTags, makeHeadTags, normalizeSiteUrl, oembedResponse, summarize } from './link-preview.ts';
import { ARABIC_EVENT, ARABIC_SITE, EVENT, hreflangOf, INDEX_HTML, metaOf, NO_SITE_URL, SITE } from './page-fixtures.ts';

describe('summarize', () => {
  it('keeps short text, collapsing whitespace', () => {
    expect(summarize('  A   short\n summary. ')).toBe('A short summary.');
  });

  it('cuts long text at a word boundary with an ellipsis, within the limit', () => {
    const text = 'word '.repeat(30) + 'Supercalifragilistic, ' + 'x'.repeat(100);
    const short = summarize(text, 180);
    expect(short.length).toBeLessThanOrEqual(180);
    expect(short).toBe(`${'word '.repeat(30)}Supercalifragilistic…`);
    expect(summarize('a'.repeat(300), 200)).toBe(`${'a'.repeat(199)}…`);
  });
});

describe('eventDescription', () => {
  it('is the summary, or for an event without one its date and place', () => {
    const { dataset } = parseDataset({
      version: 1,
      title: 'T',
      categories: [{ id: 'c', label: 'C' }],
      events: [
        { id: 'a', date: '2024-01-04', title: 'A', summary: ' Summary. ', category: 'c', sources: [{ url: 'https://e.com', title: 'S', publisher: 'P' }] },
        { id: 'b', date: '2023-10', approximate: true, title: 'B', category: 'c', place: { name: 'Baghdad' }, sources: [{ url: 'https://e.com', title: 'S', publisher: 'P' }] },
      ],
    });
    expect(dataset.events.map(eventDescription)).toEqual(['c. Oct 2023, Baghdad', 'Summary.']); // in time order
  });
});

describe('normalizeSiteUrl', () => {
  it('adds the trailing slash, drops query and hash, and rejects non-http(s)', () => {
    expect(normalizeSiteUrl(undefined)).toBeUndefined();
    expect(normalizeSiteUrl('')).toBeUndefined();
    expect(normalizeSiteUrl('https://example.org/timeline')).toBe('https://example.org/timeline/');
    expect(normalizeSiteUrl('https://example.org/?x=1#y')).toBe('https://example.org/');
    expect(() => normalizeSiteUrl('example.org/timeline/')).toThrow(/SITE_URL/);
    expect(() => normalizeSiteUrl('javascript:alert(1)')).toThrow(/SITE_URL/);
  });
});

describe('eventHeadTags', () => {
  it('with SITE_URL: absolute canonical, og:url and og:image, a large card', () => {
    const html = rewriteHead(INDEX_HTML, eventHeadTags(EVENT, SITE));
    const page = 'https://example.org/timeline/events/us-strike-baghdad-abu-taqwa/';
    expect(html).toContain(`<title>US drone strike in Baghdad kills Nujaba leader &quot;Abu Taqwa&quot; · Escalation, 2023–24</title>`);
    expect(metaOf(html, 'description')).toBe('A short summary.');
    expect(metaOf(html, 'canonical')).toBe(page);
    expect(metaOf(html, 'og:type')).toBe('article');
    expect(metaOf(html, 'og:url')).toBe(page);
    expect(metaOf(html, 'og:site_name')).toBe('Escalation, 2023–24');
    expect(metaOf(html, 'og:description')).toBe('A short summary.');
    expect(metaOf(html, 'og:image')).toBe('https://example.org/timeline/og-card.png');
    expect(metaOf(html, 'twitter:card')).toBe('summary_large_image');
    expect(metaOf(html, 'twitter:title')).toBe('US drone strike in Baghdad kills Nujaba leader &quot;Abu Taqwa&quot;');
    expect(html).toContain(
      '<link rel="alternate" type="application/json+oembed" href="https://example.org/timeline/oembed/us-strike-baghdad-abu-taqwa.json"',
    );
    expect(html).not.toContain('robots');
  });

  it('without SITE_URL: base-relative canonical and oEmbed, no og:url or og:image, a small card', () => {
    const html = rewriteHead(INDEX_HTML, eventHeadTags(EVENT, NO_SITE_URL));
    expect(metaOf(html, 'canonical')).toBe('/timeline/events/us-strike-baghdad-abu-taqwa/');
    expect(metaOf(html, 'application/json+oembed')).toBe('/timeline/oembed/us-strike-baghdad-abu-taqwa.json');
    expect(html).not.toContain('og:url');
    expect(html).not.toContain('og:image');
    expect(metaOf(html, 'twitter:card')).toBe('summary');
  });

  it('for an embed: noindex, canonical to the event page', () => {
    const html = rewriteHead(INDEX_HTML, eventHeadTags(EVENT, SITE, true));
    expect(metaOf(html, 'robots')).toBe('noindex');
    expect(metaOf(html, 'canonical')).toBe('https://example.org/timeline/events/us-strike-baghdad-abu-taqwa/');
  });
});

describe('the head of an Arabic page', () => {
  const english = 'https://example.org/timeline/events/us-strike-baghdad-abu-taqwa/';
  const arabic = 'https://example.org/timeline/ar/events/us-strike-baghdad-abu-taqwa/';

  it("has the event's Arabic title and summary, the ar_IQ locale, and its own address under ar/", () => {
    const html = rewriteHead(INDEX_HTML, eventHeadTags(ARABIC_EVENT, ARABIC_SITE));
    expect(html).toContain('<title>ضربة بطائرة مسيّرة أمريكية في بغداد تقتل قائد النجباء «أبو تقوى» · التصعيد، 2023–2024</title>');
    expect(metaOf(html, 'description')).toBe('ملخص قصير.');
    expect(metaOf(html, 'og:description')).toBe('ملخص قصير.');
    expect(metaOf(html, 'og:title')).toBe(ARABIC_EVENT.title);
    expect(metaOf(html, 'og:site_name')).toBe('التصعيد، 2023–2024');
    expect(metaOf(html, 'og:locale')).toBe('ar_IQ');
    expect(metaOf(html, 'og:locale:alternate')).toBe('en_GB');
    expect(metaOf(html, 'canonical')).toBe(arabic);
    expect(metaOf(html, 'og:url')).toBe(arabic);
    expect(metaOf(html, 'og:image')).toBe('https://example.org/timeline/og-card-ar.png');
    expect(metaOf(html, 'og:image:alt')).toBe('التصعيد، 2023–2024: خط زمني، نقطة لكل حدث');
    expect(metaOf(html, 'application/json+oembed')).toBe('https://example.org/timeline/ar/oembed/us-strike-baghdad-abu-taqwa.json');
  });

  it('links to itself and to the English page, which links back (hreflang, both ways)', () => {
    const ar = rewriteHead(INDEX_HTML, eventHeadTags(ARABIC_EVENT, ARABIC_SITE));
    const en = rewriteHead(INDEX_HTML, eventHeadTags(EVENT, { ...ARABIC_SITE, datasetTitle: SITE.datasetTitle, language: 'en' }));
    for (const html of [ar, en]) {
      expect(hreflangOf(html, 'ar')).toBe(arabic);
      expect(hreflangOf(html, 'en')).toBe(english);
      expect(hreflangOf(html, 'x-default')).toBe(english);
    }
    expect(metaOf(en, 'og:locale')).toBe('en_GB');
    expect(metaOf(en, 'og:locale:alternate')).toBe('ar_IQ');
    expect(metaOf(en, 'canonical')).toBe(english);
    expect(metaOf(en, 'og:image')).toBe('https://example.org/timeline/og-card.png');
  });

  it('without SITE_URL: every link under the base, as the canonical', () => {
    const html = rewriteHead(INDEX_HTML, eventHeadTags(ARABIC_EVENT, { ...ARABIC_SITE, siteUrl: undefined }));
    expect(metaOf(html, 'canonical')).toBe('/timeline/ar/events/us-strike-baghdad-abu-taqwa/');
    expect(hreflangOf(html, 'ar')).toBe('/timeline/ar/events/us-strike-baghdad-abu-taqwa/');
    expect(hreflangOf(html, 'en')).toBe('/timeline/events/us-strike-baghdad-abu-taqwa/');
    expect(html).not.toContain('og:url');
  });

  it("gives the home page the dataset's Arabic title and description, where English keeps index.html's", () => {
    const ar = rewriteHead(INDEX_HTML, homeHeadTags({ description: 'وصف المجموعة.' }, ARABIC_SITE));
    expect(ar).toContain('<title>التصعيد، 2023–2024</title>');
    expect(metaOf(ar, 'description')).toBe('وصف المجموعة.');
    expect(metaOf(ar, 'canonical')).toBe('https://example.org/timeline/ar/');
    expect(hreflangOf(ar, 'en')).toBe('https://example.org/timeline/');
    const en = rewriteHead(INDEX_HTML, homeHeadTags({ description: 'About.' }, SITE));
    expect(en).toContain('<title>Conflict timeline</title>');
    expect(metaOf(en, 'description')).toBe("The app's own description.");
  });

  it('says the Corrections page in Arabic, and leaves the English-only /make without alternates', () => {
    const changes = rewriteHead(INDEX_HTML, changesHeadTags({ revision: '3', changes: [] }, ARABIC_SITE, 'changes/'));
    expect(changes).toContain('<title>التصويبات والتحديثات · التصعيد، 2023–2024</title>');
    expect(metaOf(changes, 'description')).toBe('لا تذكر مجموعة البيانات هذه أي تصويبات أو تحديثات. المراجعة الحالية: 3.');
    expect(hreflangOf(changes, 'en')).toBe('https://example.org/timeline/changes/');
    const make = rewriteHead(INDEX_HTML, makeHeadTags(ARABIC_SITE));
    expect(metaOf(make, 'canonical')).toBe('https://example.org/timeline/make/');
    expect(metaOf(make, 'og:locale')).toBe('en_GB');
    expect(make).not.toContain('hreflang');
  });

  it('embeds the Arabic embed in its oEmbed response', () => {
    expect(oembedResponse(ARABIC_EVENT, ARABIC_SITE)).toMatchObject({ title: ARABIC_EVENT.title, provider_name: 'التصعيد، 2023–2024' });
    expect(oembedResponse(ARABIC_EVENT, ARABIC_SITE).html).toContain('<iframe src="https://example.org/timeline/ar/embed/events/us-strike-baghdad-abu-taqwa"');
  });

  it("writes an event without a summary as its date and place in the page's language", () => {
    const { dataset } = parseDataset({
      version: 1,
      title: 'T',
      categories: [{ id: 'c', label: 'C' }],
      events: [{ id: 'a', date: '2024-01-04', title: 'A', category: 'c', place: { name: 'بغداد' }, sources: [{ url: 'https://e.com', title: 'S', publisher: 'P' }] }],
    });
    const html = rewriteHead(INDEX_HTML, eventHeadTags(dataset.events[0]!, ARABIC_SITE));
    expect(metaOf(html, 'description')).toMatch(/^4 كانون الثاني 2024\W+بغداد$/);
    // …and the build goes on in English.
    expect(eventDescription(dataset.events[0]!)).toBe('4 Jan 2024, بغداد');
  });
});

describe('oembedResponse', () => {
  it('is a rich response whose html is the shared embed snippet', () => {
    expect(oembedResponse(EVENT, SITE)).toEqual({
      version: '1.0',
      type: 'rich',
      provider_name: 'Escalation, 2023–24',
      provider_url: 'https://example.org/timeline/',
      title: EVENT.title,
      width: 600,
      height: 600,
      html:
        '<iframe src="https://example.org/timeline/embed/events/us-strike-baghdad-abu-taqwa" ' +
        'title="US drone strike in Baghdad kills Nujaba leader &quot;Abu Taqwa&quot; – timeline" ' +
        'width="100%" height="600" style="border:0" loading="lazy"></iframe>' +
        '<script async src="https://example.org/timeline/embed.js"></script>',
    });
    expect(oembedResponse(EVENT, NO_SITE_URL).html).toContain('<iframe src="/timeline/embed/events/us-strike-baghdad-abu-taqwa"');
  });
});
