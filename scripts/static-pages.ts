import { embedSnippet, EMBED_HEIGHT, escapeHtml } from '../src/embed/embed-snippet.ts';
import { formatEventDate } from '../src/data/format-date.ts';
import type { Dataset, TimelineEvent } from '../src/data/timeline-event.ts';
import { CARD_HEIGHT, CARD_WIDTH, renderOgCard } from './og-card.ts';

export { escapeHtml };

/**
 * The pure part of the static-pages build step (scripts/static-pages-plugin.ts is the thin
 * Vite hook): from the built index.html and the parsed dataset, the files that make deep links
 * work on any static host with no rewrite rules, each with its own title and link preview.
 *
 *   events/<id>/index.html        an event's page (title, description, canonical, Open Graph,
 *                                 Twitter card, oEmbed discovery)
 *   embed/events/<id>/index.html  the same, noindex, canonical to the event's page
 *   embed/index.html              the whole-timeline embed, noindex
 *   oembed/<id>.json              oEmbed "rich" response with the embed snippet
 *   404.html                      boots the app for any other path (GitHub Pages serves it)
 *   og-card.png                   the site-wide social card
 *   index.html                    the home page, with the dataset's link preview added
 *
 * Pages are directories, so a static host serves them at ".../events/<id>/" (and redirects the
 * slash-less form there): canonical URLs end with "/".
 */

/**
 * Build only: dev needs inline scripts for HMR. See README "Links and embedding". Scripts come
 * from the site itself; the only inline one allowed is named by its hash (`scriptSources`, e.g.
 * the early dataset load, scripts/early-load-script.ts).
 */
export function contentSecurityPolicy(scriptSources: readonly string[] = []): string {
  return (
    `default-src 'self'; script-src ${["'self'", ...scriptSources].join(' ')}; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; ` +
    "connect-src 'self' https: http:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'"
  );
}

export const OG_CARD_FILE = 'og-card.png';
const DESCRIPTION_LENGTH = 200;

export type HeadTag =
  | { readonly tag: 'title'; readonly text: string }
  | { readonly tag: 'meta' | 'link'; readonly attrs: Readonly<Record<string, string>> };

export function renderTag(tag: HeadTag): string {
  if (tag.tag === 'title') return `<title>${escapeHtml(tag.text)}</title>`;
  const attrs = Object.entries(tag.attrs).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`);
  return `<${tag.tag}${attrs.join('')} />`;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;

function parseAttributes(tagText: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of tagText.matchAll(ATTRIBUTE)) attrs[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  return attrs;
}

/** What makes two meta/link tags "the same tag", so a new one replaces the old one. */
function identity(tag: 'meta' | 'link', attrs: Readonly<Record<string, string>>): string | null {
  if (tag === 'meta') {
    const key = attrs.name ?? attrs.property ?? attrs['http-equiv'];
    return key ? `meta:${key.toLowerCase()}` : null;
  }
  const rel = attrs.rel?.toLowerCase();
  if (!rel) return null;
  return rel === 'alternate' ? `link:alternate:${attrs.type ?? ''}` : `link:${rel}`;
}

/**
 * The page with its head rewritten: the new tags go where the <title> was, or right after it
 * when they bring no title of their own (so the charset, CSP and viewport stay first and the
 * scripts after), and any existing tag they stand for
 * (same meta name/property, same link rel) is removed. The body is untouched.
 */
export function rewriteHead(html: string, tags: readonly HeadTag[]): string {
  const headEnd = html.search(/<\/head>/i);
  if (headEnd < 0) throw new Error('rewriteHead: the page has no </head>');
  let head = html.slice(0, headEnd);
  const replaced = new Set<string>();
  for (const tag of tags) {
    const key = tag.tag === 'title' ? null : identity(tag.tag, tag.attrs);
    if (key) replaced.add(key);
  }
  const strip = (part: string) =>
    part.replace(/[ \t]*<(meta|link)\b[^>]*>[ \t]*\r?\n?/gi, (whole, name: string) => {
      const key = identity(name.toLowerCase() as 'meta' | 'link', parseAttributes(whole));
      return key && replaced.has(key) ? '' : whole;
    });
  const title = /([ \t]*)<title[\s>][\s\S]*?<\/title>[ \t]*\r?\n?/i.exec(head);
  const block = tags.map((tag) => `${title?.[1] ?? '    '}${renderTag(tag)}\n`).join('');
  if (title) {
    const kept = tags.some((tag) => tag.tag === 'title') ? '' : title[0];
    head = strip(head.slice(0, title.index)) + kept + block + strip(head.slice(title.index + title[0].length));
  } else {
    // No <title> to stand in for: the tags go last, before the indentation of </head>.
    head = strip(head).replace(/[ \t]*$/, (space) => block + space);
  }
  return head + html.slice(headEnd);
}

/** Whitespace collapsed and cut at a word boundary with "…" when longer than `max`. */
export function summarize(text: string, max = DESCRIPTION_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max); // leaves room for the ellipsis: max - 1 characters + "…"
  const space = cut.lastIndexOf(' ', max - 1);
  const words = space > max / 2 ? cut.slice(0, space) : cut.slice(0, max - 1);
  return `${words.replace(/[\s,;:.–—-]+$/, '')}…`;
}

export interface Site {
  /** Vite's base, absolute: "/" or "/sub/path/". */
  readonly base: string;
  /** The deployed root as an absolute URL ending in "/" (from SITE_URL), when known. */
  readonly siteUrl?: string;
  readonly datasetTitle: string;
}

/** SITE_URL as an http(s) URL ending in "/", or undefined when unset; throws when malformed. */
export function normalizeSiteUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL, not "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`SITE_URL must be http(s), not "${raw}"`);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** A root-relative path ("events/x/") as an absolute URL when SITE_URL is known, else under the base. */
function href(site: Site, path: string): string {
  return (site.siteUrl ?? site.base) + path;
}

export const eventPagePath = (id: string) => `events/${encodeURIComponent(id)}/`;
export const oembedPath = (id: string) => `oembed/${encodeURIComponent(id)}.json`;

interface Preview {
  readonly type: 'article' | 'website';
  readonly title: string;
  readonly description: string;
  /** The page's own (non-embed) path under the root. */
  readonly path: string;
}

function previewTags(site: Site, preview: Preview): HeadTag[] {
  const image = site.siteUrl ? site.siteUrl + OG_CARD_FILE : undefined;
  const meta = (key: 'name' | 'property', name: string, content: string): HeadTag => ({ tag: 'meta', attrs: { [key]: name, content } });
  return [
    { tag: 'link', attrs: { rel: 'canonical', href: href(site, preview.path) } },
    meta('property', 'og:type', preview.type),
    meta('property', 'og:site_name', site.datasetTitle),
    meta('property', 'og:title', preview.title),
    meta('property', 'og:description', preview.description),
    ...(site.siteUrl ? [meta('property', 'og:url', site.siteUrl + preview.path)] : []),
    ...(image
      ? [
          meta('property', 'og:image', image),
          meta('property', 'og:image:type', 'image/png'),
          meta('property', 'og:image:width', String(CARD_WIDTH)),
          meta('property', 'og:image:height', String(CARD_HEIGHT)),
          meta('property', 'og:image:alt', `${site.datasetTitle}: a timeline, one dot per event`),
        ]
      : []),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', preview.title),
    meta('name', 'twitter:description', preview.description),
  ];
}

const NOINDEX: HeadTag = { tag: 'meta', attrs: { name: 'robots', content: 'noindex' } };

export type PageEvent = Pick<TimelineEvent, 'id' | 'title' | 'summary'> &
  Partial<Pick<TimelineEvent, 'date' | 'end' | 'approximate' | 'place'>>;

/** The event's summary, shortened; for an event without one, its date and place. */
export function eventDescription(event: PageEvent): string {
  if (event.summary.trim()) return summarize(event.summary);
  const when = event.date ? formatEventDate(event.date, event.end, event.approximate) : '';
  return summarize([when, event.place?.name].filter(Boolean).join(', '));
}

/** The head of an event's page, or of its embed (`embed: true`: noindex, canonical to the page). */
export function eventHeadTags(event: PageEvent, site: Site, embed = false): HeadTag[] {
  const description = eventDescription(event);
  return [
    { tag: 'title', text: `${event.title} · ${site.datasetTitle}` },
    { tag: 'meta', attrs: { name: 'description', content: description } },
    ...(embed ? [NOINDEX] : []),
    ...previewTags(site, { type: 'article', title: event.title, description, path: eventPagePath(event.id) }),
    { tag: 'link', attrs: { rel: 'alternate', type: 'application/json+oembed', href: href(site, oembedPath(event.id)), title: event.title } },
  ];
}

/** The home page's link preview (its own title and description stay as written in index.html). */
export function homeHeadTags(dataset: Pick<Dataset, 'description'>, site: Site, embed = false): HeadTag[] {
  return [
    ...(embed ? [NOINDEX] : []),
    ...previewTags(site, { type: 'website', title: site.datasetTitle, description: summarize(dataset.description), path: '' }),
  ];
}

/** The oEmbed 1.0 "rich" response for an event. */
export function oembedResponse(event: Pick<TimelineEvent, 'id' | 'title'>, site: Site) {
  return {
    version: '1.0',
    type: 'rich',
    provider_name: site.datasetTitle,
    ...(site.siteUrl ? { provider_url: site.siteUrl } : {}),
    title: event.title,
    width: 600,
    height: EMBED_HEIGHT,
    html: embedSnippet({ siteUrl: site.siteUrl ?? site.base, path: `embed/events/${encodeURIComponent(event.id)}`, title: event.title }),
  };
}

export interface StaticFile {
  /** Relative to the output directory. */
  readonly path: string;
  readonly content: string | Uint8Array;
}

/** Every file the step writes, from the built index.html (with its CSP) and the dataset. */
/**
 * An embed's page: its loading screen (index.html's #root, see src/routes/loading-screen.tsx)
 * in the embed's frame, as the app will render it, so nothing moves when the script runs.
 */
export function asEmbedPage(html: string): string {
  return html.replace(/(<div id="root">\s*<div class=")app"/, '$1app app--embed"');
}

export function staticPages(indexHtml: string, dataset: Dataset, site: Omit<Site, 'datasetTitle'>): StaticFile[] {
  const full: Site = { ...site, datasetTitle: dataset.title };
  const lanes = new Map(dataset.categories.map((category, index) => [category.id, index]));
  const first = Math.min(...dataset.events.map((event) => event.start));
  const span = Math.max(1, Math.max(...dataset.events.map((event) => event.start)) - first);
  const marks = dataset.events.map((event) => ({
    lane: lanes.get(event.category) ?? 0,
    x: dataset.events.length > 1 ? (event.start - first) / span : 0.5,
    color: dataset.categories.find((category) => category.id === event.category)?.color ?? '#555555',
  }));
  return [
    { path: OG_CARD_FILE, content: renderOgCard(marks, dataset.categories.length) },
    { path: '404.html', content: rewriteHead(indexHtml, [NOINDEX]) },
    { path: 'index.html', content: rewriteHead(indexHtml, homeHeadTags(dataset, full)) },
    { path: 'embed/index.html', content: asEmbedPage(rewriteHead(indexHtml, homeHeadTags(dataset, full, true))) },
    ...dataset.events.flatMap((event) => [
      { path: `${eventPagePath(event.id)}index.html`, content: rewriteHead(indexHtml, eventHeadTags(event, full)) },
      { path: `embed/${eventPagePath(event.id)}index.html`, content: asEmbedPage(rewriteHead(indexHtml, eventHeadTags(event, full, true))) },
      { path: oembedPath(event.id), content: `${JSON.stringify(oembedResponse(event, full), null, 2)}\n` },
    ]),
  ];
}
