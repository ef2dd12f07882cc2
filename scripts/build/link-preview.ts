import { embedSnippet, EMBED_HEIGHT } from '../../src/embed/embed-snippet.ts';
import { fillMessage } from '../../src/i18n/fill-message.ts';
import { formatEventDate } from '../../src/data/format-date.ts';
import type { Dataset, TimelineEvent } from '../../src/data/timeline-event.ts';
import type { Language } from '../../src/i18n/languages.ts';
import type { HeadTag } from './head-tags.ts';
import { CARD_HEIGHT, CARD_WIDTH, ogCardFile } from './og-card.ts';
import { inLanguage, ogLocale, PAGE_WORDS, pagePath } from './page-language.ts';

/**
 * What a pasted link previews as: the title, description, canonical link, Open Graph and
 * Twitter card tags of the home page and of each event's page (and its embed), and the oEmbed
 * response that WordPress and similar tools ask for. Absolute URLs need SITE_URL; without it
 * links stay under the base and the tags that must be absolute (og:url, og:image) are left out.
 * Each is written in the site's `language` (page-language.ts: Arabic pages under `ar/`), and a
 * page that exists in several languages links to each (`hreflang`, `og:locale:alternate`).
 */
const DESCRIPTION_LENGTH = 200;

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
  /** The dataset's title in the pages' language. */
  readonly datasetTitle: string;
  /** The language of the pages being written; English when absent. */
  readonly language?: Language;
  /** Every language the dataset's pages are written in (page-language.ts), linked from each; the site's own when absent. */
  readonly languages?: readonly Language[];
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

/** Paths under the root in English; `pagePath` puts them in a language's pages. */
export const eventPagePath = (id: string) => `events/${encodeURIComponent(id)}/`;
export const oembedPath = (id: string) => `oembed/${encodeURIComponent(id)}.json`;

const languageOf = (site: Site): Language => site.language ?? 'en';

interface Preview {
  readonly type: 'article' | 'website';
  readonly title: string;
  readonly description: string;
  /** The page's own (non-embed) path under the root, in English (`pagePath` gives each language's). */
  readonly path: string;
}

const meta = (key: 'name' | 'property', name: string, content: string): HeadTag => ({ tag: 'meta', attrs: { [key]: name, content } });

/**
 * The page in every language it is written in: `hreflang` links (English also as x-default, the
 * page for any other reader) and Open Graph's other locales. None for a page in one language.
 */
function alternateTags(site: Site, path: string): HeadTag[] {
  const languages = site.languages ?? [languageOf(site)];
  if (languages.length < 2) return [];
  const link = (hreflang: string, language: Language): HeadTag => ({ tag: 'link', attrs: { rel: 'alternate', hreflang, href: href(site, pagePath(path, language)) } });
  return [
    ...languages.filter((language) => language !== languageOf(site)).map((language) => meta('property', 'og:locale:alternate', ogLocale(language))),
    ...languages.map((language) => link(language, language)),
    link('x-default', 'en'),
  ];
}

function previewTags(site: Site, preview: Preview): HeadTag[] {
  const language = languageOf(site);
  const path = pagePath(preview.path, language);
  const image = site.siteUrl ? site.siteUrl + ogCardFile(language) : undefined;
  return [
    { tag: 'link', attrs: { rel: 'canonical', href: href(site, path) } },
    meta('property', 'og:type', preview.type),
    meta('property', 'og:site_name', site.datasetTitle),
    meta('property', 'og:title', preview.title),
    meta('property', 'og:description', preview.description),
    meta('property', 'og:locale', ogLocale(language)),
    ...(site.siteUrl ? [meta('property', 'og:url', site.siteUrl + path)] : []),
    ...(image
      ? [
          meta('property', 'og:image', image),
          meta('property', 'og:image:type', 'image/png'),
          meta('property', 'og:image:width', String(CARD_WIDTH)),
          meta('property', 'og:image:height', String(CARD_HEIGHT)),
          meta('property', 'og:image:alt', PAGE_WORDS[language].imageAlt(site.datasetTitle)),
        ]
      : []),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', preview.title),
    meta('name', 'twitter:description', preview.description),
    ...alternateTags(site, preview.path),
  ];
}

export const NOINDEX: HeadTag = { tag: 'meta', attrs: { name: 'robots', content: 'noindex' } };

export type PageEvent = Pick<TimelineEvent, 'id' | 'title' | 'summary'> &
  Partial<Pick<TimelineEvent, 'date' | 'end' | 'approximate' | 'place'>>;

/** The event's summary, shortened; for an event without one, its date and place. */
export function eventDescription(event: PageEvent): string {
  if (event.summary.trim()) return summarize(event.summary);
  const when = event.date ? formatEventDate(event.date, event.end, event.approximate) : '';
  return summarize([when, event.place?.name].filter(Boolean).join(', '));
}

/**
 * The head of an event's page, or of its embed (`embed: true`: noindex, canonical to the page),
 * from the event as the site's language shows it (data/localize-dataset.ts).
 */
export function eventHeadTags(event: PageEvent, site: Site, embed = false): HeadTag[] {
  const description = inLanguage(languageOf(site), () => eventDescription(event));
  return [
    { tag: 'title', text: `${event.title} · ${site.datasetTitle}` },
    { tag: 'meta', attrs: { name: 'description', content: description } },
    ...(embed ? [NOINDEX] : []),
    ...previewTags(site, { type: 'article', title: event.title, description, path: eventPagePath(event.id) }),
    { tag: 'link', attrs: { rel: 'alternate', type: 'application/json+oembed', href: href(site, pagePath(oembedPath(event.id), languageOf(site))), title: event.title } },
  ];
}

/** The home page's link preview; its title and description too, but in English (index.html's stay). */
export function homeHeadTags(dataset: Pick<Dataset, 'description'>, site: Site, embed = false): HeadTag[] {
  const description = summarize(dataset.description);
  const own: HeadTag[] = [{ tag: 'title', text: site.datasetTitle }, meta('name', 'description', description)];
  return [
    ...(languageOf(site) === 'en' ? [] : own),
    ...(embed ? [NOINDEX] : []),
    ...previewTags(site, { type: 'website', title: site.datasetTitle, description, path: '' }),
  ];
}

/** The Corrections and updates page (`changes/`): its own title, description and canonical. */
export function changesHeadTags(dataset: Pick<Dataset, 'revision' | 'changes'>, site: Site, path: string): HeadTag[] {
  const words = PAGE_WORDS[languageOf(site)];
  const description = summarize(words.changesDescription(dataset.changes.length, dataset.revision, site.datasetTitle));
  const title = `${words.changesTitle} · ${site.datasetTitle}`;
  return [
    { tag: 'title', text: title },
    meta('name', 'description', description),
    ...previewTags(site, { type: 'website', title, description, path }),
  ];
}

/** The authors' page (src/routes/make-page.tsx), a page of its own on a static host, in English only. */
export const MAKE_PAGE_PATH = 'make/';
export const MAKE_PAGE_TITLE = 'Make your own timeline';
export const MAKE_PAGE_DESCRIPTION =
  'Preview a spreadsheet or data file as a timeline (Google Sheets, CSV, Excel, TimelineJS, JSON), see what to fix, then share or embed it. Files are read in your browser, never uploaded.';

/** The /make page's head: its own title, description and link preview. */
export function makeHeadTags(site: Site): HeadTag[] {
  return [
    { tag: 'title', text: MAKE_PAGE_TITLE },
    { tag: 'meta', attrs: { name: 'description', content: MAKE_PAGE_DESCRIPTION } },
    ...previewTags({ ...site, language: 'en', languages: ['en'] }, { type: 'website', title: MAKE_PAGE_TITLE, description: MAKE_PAGE_DESCRIPTION, path: MAKE_PAGE_PATH }),
  ];
}

/** The oEmbed 1.0 "rich" response for an event: its embed in the site's language. */
export function oembedResponse(event: Pick<TimelineEvent, 'id' | 'title'>, site: Site) {
  return {
    version: '1.0',
    type: 'rich',
    provider_name: site.datasetTitle,
    ...(site.siteUrl ? { provider_url: site.siteUrl } : {}),
    title: event.title,
    width: 600,
    height: EMBED_HEIGHT,
    html: embedSnippet({
      siteUrl: site.siteUrl ?? site.base,
      path: pagePath(`embed/events/${encodeURIComponent(event.id)}`, languageOf(site)),
      frameTitle: fillMessage(PAGE_WORDS[languageOf(site)].catalogue['share.embedTitle'], { title: event.title }),
    }),
  };
}
