import { xml2js, type Element } from 'xml-js';
import { describe, expect, it } from 'vitest';
import { changesFeed, changesFeedLink, type FeedSite } from './changes-feed.ts';
import type { Change } from './read-changes.ts';

// The feed is read back with a strict XML parser (xml-js on sax, feed's own dependency): what a
// feed reader gets, not what the string looks like.

const SITE: FeedSite = {
  siteUrl: 'https://example.org/timeline/',
  datasetTitle: 'Escalation <2023–24> & after',
  license: 'CC BY 4.0',
  eventTitles: new Map([['tower-22', 'Drone attack on Tower 22']]),
};
const CHANGES: Change[] = [
  { date: '2024-03-01', events: ['tower-22', 'gone-event'], summary: 'Coordinates marked approximate.' },
  { date: '2024-03-01', events: [], summary: 'Quote corrected: "unprovoked".' },
  { date: '2024-02-01', events: [], summary: 'First edition.' },
];
const HOSTILE = '</title><script>alert(1)</script> & ]]> "quoted"';

function parse(xml: string): Element {
  return xml2js(xml, { compact: false }) as Element;
}
const children = (node: Element, name: string) => (node.elements ?? []).filter((child) => child.name === name);
const child = (node: Element, name: string) => children(node, name)[0]!;
/** An element's text as a reader gets it: text and CDATA sections joined, entities decoded. */
const textOf = (node: Element) => (node.elements ?? []).map((part) => String(part.text ?? part.cdata ?? '')).join('');
const feedOf = (xml: string) => child(parse(xml), 'feed');

describe('changesFeed', () => {
  it('is an Atom feed: absolute ids, self and alternate links, the publisher as author, the revision', () => {
    const feed = feedOf(changesFeed({ revision: '4', publisher: 'Example Desk', changes: CHANGES }, SITE)!);
    expect(feed.attributes).toEqual({ xmlns: 'http://www.w3.org/2005/Atom' });
    expect(textOf(child(feed, 'id'))).toBe('https://example.org/timeline/changes/');
    expect(textOf(child(feed, 'title'))).toBe('Escalation <2023–24> & after: corrections and updates');
    expect(textOf(child(feed, 'subtitle'))).toBe('Current revision: 4');
    expect(textOf(child(child(feed, 'author'), 'name'))).toBe('Example Desk');
    expect(textOf(child(feed, 'rights'))).toBe('CC BY 4.0');
    expect(children(feed, 'link').map((link) => link.attributes)).toEqual([
      { rel: 'alternate', href: 'https://example.org/timeline/changes/' },
      { rel: 'self', href: 'https://example.org/timeline/changes.xml' },
    ]);
  });

  it('has one entry per change, newest first, each linking to its paragraph with a stable id', () => {
    const entries = children(feedOf(changesFeed({ changes: CHANGES }, SITE)!), 'entry');
    const ids = entries.map((entry) => textOf(child(entry, 'id')));
    expect(ids).toEqual([
      'https://example.org/timeline/changes/#change-2024-03-01-2',
      'https://example.org/timeline/changes/#change-2024-03-01-1',
      'https://example.org/timeline/changes/#change-2024-02-01-1',
    ]);
    expect(entries.map((entry) => child(entry, 'link').attributes?.href)).toEqual(ids);
    // A new change on top leaves every earlier entry's id as it was.
    const later = children(feedOf(changesFeed({ changes: [{ date: '2024-03-01', events: [], summary: 'Another.' }, ...CHANGES] }, SITE)!), 'entry');
    expect(later.slice(1).map((entry) => textOf(child(entry, 'id')))).toEqual(ids);
  });

  it('writes dates in RFC 3339, the feed updated at its newest change (not the build time)', () => {
    const xml = changesFeed({ changes: [CHANGES[2]!, CHANGES[0]!] }, SITE)!;
    const feed = feedOf(xml);
    expect(textOf(child(feed, 'updated'))).toBe('2024-03-01T00:00:00.000Z');
    const dates = children(feed, 'entry').map((entry) => textOf(child(entry, 'updated')));
    expect(dates).toEqual(['2024-02-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z']);
    for (const date of dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    expect(changesFeed({ changes: [CHANGES[2]!, CHANGES[0]!] }, SITE)).toBe(xml);
  });

  it('links the events a change names to their pages, and names an unknown id without a link', () => {
    const entry = children(feedOf(changesFeed({ changes: CHANGES }, SITE)!), 'entry')[0]!;
    expect(child(entry, 'content').attributes).toEqual({ type: 'html' });
    expect(textOf(child(entry, 'content'))).toBe(
      '<p>Coordinates marked approximate.</p><p>Events: <a href="https://example.org/timeline/events/tower-22/">Drone attack on Tower 22</a>, gone-event</p>',
    );
  });

  it('keeps hostile text as text: escaped for the html entries, never markup, and the XML still parses', () => {
    const site = { ...SITE, datasetTitle: HOSTILE, eventTitles: new Map([['e', HOSTILE]]) };
    const xml = changesFeed({ publisher: HOSTILE, changes: [{ date: '2024-01-01', events: ['e'], summary: HOSTILE }] }, site)!;
    expect(xml).not.toContain('<script');
    const feed = feedOf(xml);
    expect(textOf(child(feed, 'title'))).toBe(`${HOSTILE}: corrections and updates`);
    expect(textOf(child(child(feed, 'author'), 'name'))).toBe(HOSTILE);
    const entry = child(feed, 'entry');
    const escaped = '&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; &quot;quoted&quot;';
    expect(textOf(child(entry, 'title'))).toBe(escaped);
    expect(textOf(child(entry, 'content'))).toBe(`<p>${escaped}</p><p>Event: <a href="https://example.org/timeline/events/e/">${escaped}</a></p>`);
  });

  it('replaces characters XML cannot hold, so one bad summary does not break the feed', () => {
    const xml = changesFeed({ changes: [{ date: '2024-01-01', events: [], summary: 'a\u0000b\u001bc\ud800d' }] }, SITE)!;
    expect(textOf(child(child(feedOf(xml), 'entry'), 'title'))).toBe('a\ufffdb\ufffdc\ufffdd');
  });

  it('is not written when there are no changes', () => {
    expect(changesFeed({ changes: [] }, SITE)).toBeUndefined();
  });
});

describe('changesFeedLink', () => {
  it('points at the feed, absolutely', () => {
    expect(changesFeedLink(SITE.siteUrl, 'Escalation')).toEqual({
      tag: 'link',
      attrs: { rel: 'alternate', type: 'application/atom+xml', href: 'https://example.org/timeline/changes.xml', title: 'Escalation: corrections and updates' },
    });
  });
});
