import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../src/data/parse-dataset.ts';
import { crc32, encodePng, renderOgCard } from './og-card.ts';
import {
  asEmbedPage,
  contentSecurityPolicy,
  escapeHtml,
  eventDescription,
  eventHeadTags,
  normalizeSiteUrl,
  oembedResponse,
  rewriteHead,
  staticPages,
  summarize,
  type HeadTag,
  type Site,
} from './static-pages.ts';

const HOSTILE = `</title><script>alert(1)</script> "quoted" & 'single'`;

// The shape of Vite's built index.html (after the CSP is added).
const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="The app's own description." />
    <link rel="icon" href="data:," />
    <title>Conflict timeline</title>
    <script type="module" crossorigin src="/sub/assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="/sub/assets/index-abc.css">
  </head>
  <body>
    <div id="root">
      <div class="app"><section class="timeline-section" aria-busy="true"></section></div>
    </div>
    <noscript>This timeline needs JavaScript.</noscript>
  </body>
</html>
`;

const SITE: Site = { base: '/timeline/', siteUrl: 'https://example.org/timeline/', datasetTitle: 'Escalation, 2023–24' };
const NO_SITE_URL: Site = { base: '/timeline/', datasetTitle: 'Escalation, 2023–24' };

const EVENT = {
  id: 'us-strike-baghdad-abu-taqwa',
  title: 'US drone strike in Baghdad kills Nujaba leader "Abu Taqwa"',
  summary: 'A short summary.',
};

/** The head's tags as [name-or-property-or-rel, value] pairs, for readable assertions. */
function metaOf(html: string, key: string): string | undefined {
  const tag = [...html.matchAll(/<(?:meta|link)\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`"${key}"`));
  return tag && /(?:content|href)="([^"]*)"/.exec(tag)?.[1];
}

describe('escapeHtml', () => {
  it('neutralises a hostile title for text and attributes', () => {
    expect(escapeHtml(HOSTILE)).toBe('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39;');
  });

  it('leaves ordinary text, including non-ASCII, alone', () => {
    expect(escapeHtml('Tower 22 – Jordan · 28 Jan')).toBe('Tower 22 – Jordan · 28 Jan');
  });
});

describe('rewriteHead', () => {
  it('replaces the title and same-named tags, keeps the rest and the order', () => {
    const tags: HeadTag[] = [
      { tag: 'title', text: 'New title' },
      { tag: 'meta', attrs: { name: 'description', content: 'New description' } },
      { tag: 'meta', attrs: { property: 'og:title', content: 'New title' } },
    ];
    const html = rewriteHead(INDEX_HTML, tags);
    expect(html).toContain('<title>New title</title>');
    expect(html).not.toContain('Conflict timeline');
    expect(html).not.toContain("The app's own description");
    expect(html.match(/name="description"/g)).toHaveLength(1);
    expect(metaOf(html, 'og:title')).toBe('New title');
    // The charset, CSP and viewport stay first; the scripts stay after; the body is untouched.
    const order = ['<meta charset', 'Content-Security-Policy', 'name="viewport"', '<title>New title', 'og:title', '<script type="module"', '</head>'];
    const positions = order.map((text) => html.indexOf(text));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html.slice(html.indexOf('</head>'))).toBe(INDEX_HTML.slice(INDEX_HTML.indexOf('</head>')));
    expect(html).toContain('    <title>New title</title>\n    <meta name="description" content="New description" />\n');
  });

  it('escapes hostile text so nothing breaks out of the title or an attribute', () => {
    const html = rewriteHead(INDEX_HTML, eventHeadTags({ ...EVENT, title: HOSTILE, summary: HOSTILE }, SITE));
    expect(html).not.toContain('<script>alert(1)');
    expect(html.match(/<script\b/g)).toHaveLength(1); // only the app's module script
    expect(html.match(/<\/title>/g)).toHaveLength(1);
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39; · ');
    expect(metaOf(html, 'og:title')).toBe(escapeHtml(HOSTILE));
    // Every attribute value is a well-formed double-quoted string: no stray quotes.
    for (const tag of html.match(/<(?:meta|link)\b[^>]*>/g) ?? []) {
      expect(tag).toMatch(/^<(meta|link)(\s+[a-z:-]+(="[^"<>]*")?)+\s*\/?>$/);
    }
  });

  it('keeps the title when the tags bring none, and puts them after it', () => {
    const html = rewriteHead(INDEX_HTML, [{ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } }]);
    expect(html).toContain('<title>Conflict timeline</title>\n    <meta name="robots" content="noindex" />\n    <script');
  });

  it('appends to a head without a title, and refuses a page without a head end', () => {
    const html = rewriteHead('<html><head>\n  <meta charset="utf-8">\n  </head><body></body></html>', [{ tag: 'title', text: 'T' }]);
    expect(html).toBe('<html><head>\n  <meta charset="utf-8">\n    <title>T</title>\n  </head><body></body></html>');
    expect(() => rewriteHead('<p>no head</p>', [])).toThrow(/no <\/head>/);
  });
});

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
        'embed/events/first/index.html',
        'embed/events/second/index.html',
        'embed/index.html',
        'events/first/index.html',
        'events/second/index.html',
        'index.html',
        'oembed/first.json',
        'oembed/second.json',
        'og-card.png',
      ].sort(),
    );
    const text = (path: string) => String(files.find((file) => file.path === path)?.content);
    expect(text('events/first/index.html')).toContain('<title>First · Test &lt;data&gt;</title>');
    expect(text('404.html')).toContain('<title>Conflict timeline</title>');
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

describe('og-card PNG', () => {
  function chunks(png: Buffer) {
    const list: { type: string; data: Buffer; crcOk: boolean }[] = [];
    for (let at = 8; at < png.length; ) {
      const length = png.readUInt32BE(at);
      const body = png.subarray(at + 4, at + 8 + length);
      list.push({ type: body.subarray(0, 4).toString('latin1'), data: body.subarray(4), crcOk: crc32(body) === png.readUInt32BE(at + 8 + length) });
      at += length + 12;
    }
    return list;
  }

  it('crc32 matches the standard check value', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('encodes pixels that decode back', () => {
    const rgb = Uint8Array.from([255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30]); // 2×2
    const png = encodePng(2, 2, rgb);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const list = chunks(png);
    expect(list.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(list.every((chunk) => chunk.crcOk)).toBe(true);
    expect([...inflateSync(list[1]!.data)]).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 10, 20, 30]);
  });

  it('draws a 1200×630 card with the marks in their colours', () => {
    const png = renderOgCard([{ lane: 0, x: 0.5, color: '#0072b2' }], 1);
    const [header, data] = chunks(png);
    expect(header!.data.readUInt32BE(0)).toBe(1200);
    expect(header!.data.readUInt32BE(4)).toBe(630);
    const raw = inflateSync(data!.data);
    expect(raw.length).toBe(630 * (1200 * 3 + 1));
    const pixel = (x: number, y: number) => [...raw.subarray(y * 3601 + 1 + x * 3, y * 3601 + 4 + x * 3)];
    expect(pixel(600, 340)).toEqual([0x00, 0x72, 0xb2]); // the dot, mid-lane, mid-axis
    expect(pixel(10, 300)).toEqual([0xf6, 0xf4, 0xef]); // the background
    expect(png.length).toBeLessThan(100_000);
  });
});
