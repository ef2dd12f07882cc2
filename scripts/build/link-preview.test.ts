import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset.ts';
import { rewriteHead } from './head-tags.ts';
import { eventDescription, eventHeadTags, normalizeSiteUrl, oembedResponse, summarize } from './link-preview.ts';
import { EVENT, INDEX_HTML, metaOf, NO_SITE_URL, SITE } from './page-fixtures.ts';

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
