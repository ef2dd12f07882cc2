import { Feed } from 'feed';
import { changeAnchors } from '../../src/data/change-anchor.ts';
import { escapeHtml } from '../../src/embed/embed-snippet.ts';
import type { HeadTag } from './head-tags.ts';
import { eventPagePath, summarize } from './link-preview.ts';
import type { Change, Edition } from './read-changes.ts';

/**
 * The Atom feed of a dataset's corrections and updates (`changes.xml`), written at build time with
 * the `feed` library (a dev dependency: nothing of it reaches the app's bundle). One entry per
 * change, newest first as the dataset lists them; each links to its paragraph of the Corrections
 * page (`changes/#change-<date>-<n>`, src/data/change-anchor.ts) and names the events it touched,
 * linked to their pages. Atom ids and links must be absolute, so the feed needs SITE_URL.
 */
export const CHANGES_FEED_FILE = 'changes.xml';
export const CHANGES_PAGE_PATH = 'changes/';

export interface FeedSite {
  /** SITE_URL: absolute, ending in "/". */
  readonly siteUrl: string;
  readonly datasetTitle: string;
  readonly license?: string;
  /** Event titles by id: an entry's events link to their pages; an id not in the dataset is named, not linked. */
  readonly eventTitles: ReadonlyMap<string, string>;
}

/** XML 1.0 cannot hold most C0 controls (not even escaped), U+FFFE/FFFF or lone surrogates: one would make the whole feed unreadable. */
function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** `feed` writes entry titles and content as type="html": data is escaped so readers show it as text. */
const asHtml = (text: string) => escapeHtml(xmlSafe(text));

/** A change's day as an RFC 3339 date-time (Atom's format): the start of that day, UTC. */
const dayStart = (date: string) => new Date(`${date}T00:00:00Z`);

function entryContent(change: Change, site: FeedSite): string {
  const events = change.events.map((id) => {
    const title = site.eventTitles.get(id);
    return title === undefined ? asHtml(id) : `<a href="${escapeHtml(site.siteUrl + eventPagePath(id))}">${asHtml(title)}</a>`;
  });
  const named = events.length === 0 ? '' : `<p>${events.length === 1 ? 'Event' : 'Events'}: ${events.join(', ')}</p>`;
  return `<p>${asHtml(change.summary)}</p>${named}`;
}

/** The feed's XML, or undefined when the dataset lists no changes. */
export function changesFeed(edition: Edition, site: FeedSite): string | undefined {
  if (edition.changes.length === 0) return undefined;
  const page = site.siteUrl + CHANGES_PAGE_PATH;
  const anchors = changeAnchors(edition.changes);
  const newest = edition.changes.map((change) => change.date).reduce((a, b) => (b > a ? b : a));
  const feed = new Feed({
    id: page,
    title: xmlSafe(`${site.datasetTitle}: corrections and updates`),
    ...(edition.revision === undefined ? {} : { description: xmlSafe(`Current revision: ${edition.revision}`) }),
    link: page,
    feed: site.siteUrl + CHANGES_FEED_FILE,
    // The newest change, not the build's clock: rebuilding the same data gives the same feed.
    updated: dayStart(newest),
    author: { name: xmlSafe(edition.publisher ?? site.datasetTitle) },
    ...(site.license === undefined ? {} : { copyright: xmlSafe(site.license) }),
  });
  edition.changes.forEach((change, index) => {
    const link = `${page}#${anchors[index]}`;
    feed.addItem({ id: link, link, title: asHtml(summarize(change.summary, 120)), date: dayStart(change.date), content: entryContent(change, site) });
  });
  return feed.atom1();
}

/** The page head's pointer to the feed, for feed readers and browsers. */
export function changesFeedLink(siteUrl: string, datasetTitle: string): HeadTag {
  return {
    tag: 'link',
    attrs: { rel: 'alternate', type: 'application/atom+xml', href: siteUrl + CHANGES_FEED_FILE, title: `${datasetTitle}: corrections and updates` },
  };
}
