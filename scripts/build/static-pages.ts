import { localizeDataset } from '../../src/data/localize-dataset.ts';
import type { Dataset } from '../../src/data/timeline-event.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { CHANGES_FEED_FILE, CHANGES_PAGE_PATH, changesFeed, changesFeedLink } from './changes-feed.ts';
import { rewriteHead, type HeadTag } from './head-tags.ts';
import { changesHeadTags, eventHeadTags, eventPagePath, homeHeadTags, MAKE_PAGE_PATH, makeHeadTags, NOINDEX, oembedPath, oembedResponse, type Site } from './link-preview.ts';
import { ogCardFile, renderOgCard, type CardMark } from './og-card.ts';
import { loadingHeaderText, withLoadingHeader } from './loading-header.ts';
import { asLanguagePage, pageLanguages, pagePath } from './page-language.ts';
import type { Edition } from './read-changes.ts';

/**
 * The pure part of the static-pages build step (scripts/build/static-pages-plugin.ts is the thin
 * Vite hook): from the built index.html and the parsed dataset, the files that make deep links
 * work on any static host with no rewrite rules, each with its own title and link preview.
 *
 *   events/<id>/index.html        an event's page (title, description, canonical, Open Graph,
 *                                 Twitter card, oEmbed discovery)
 *   embed/events/<id>/index.html  the same, noindex, canonical to the event's page
 *   embed/index.html              the whole-timeline embed, noindex
 *   make/index.html               the authors' page, "Make your own timeline"
 *   oembed/<id>.json              oEmbed "rich" response with the embed snippet
 *   404.html                      boots the app for any other path (GitHub Pages serves it)
 *   og-card.png                   the site-wide social card (og-card-ar.png: Arabic's, mirrored)
 *   changes/index.html            the Corrections and updates page (title, description, canonical,
 *                                 the feed's link)
 *   changes.xml                   the Atom feed of the dataset's corrections (changes-feed.ts),
 *                                 linked from every page's head; only with changes and SITE_URL
 *   index.html                    the home page, with the dataset's link preview added
 *
 * The home and event pages' loading screens show the dataset's title and description
 * (loading-header.ts), so they paint with the HTML.
 *   ar/…                          the same pages in Arabic (all but 404.html and make/, which
 *                                 are English), when the dataset has Arabic: `<html lang="ar-IQ"
 *                                 dir="rtl">`, the dataset's Arabic text, the loading screen in
 *                                 Arabic (page-language.ts); the app reads the language from
 *                                 the path (src/view-store/language-path.ts)
 *
 * Pages are directories, so a static host serves them at ".../events/<id>/" (and redirects the
 * slash-less form there): canonical URLs end with "/". Each page's head comes from
 * link-preview.ts, written into the built page by head-tags.ts.
 */

/**
 * Build only: dev needs inline scripts for HMR. See README "Links and embedding". Scripts come
 * from the site itself; the only inline one allowed is named by its hash (`scriptSources`, e.g.
 * the early dataset load, scripts/build/early-load-script.ts).
 */
export function contentSecurityPolicy(scriptSources: readonly string[] = []): string {
  return (
    `default-src 'self'; script-src ${["'self'", ...scriptSources].join(' ')}; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; ` +
    "connect-src 'self' https: http:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'"
  );
}

export interface StaticFile {
  /** Relative to the output directory. */
  readonly path: string;
  readonly content: string | Uint8Array;
}

/**
 * An embed's page: its loading screen (index.html's #root, see src/routes/loading-screen.tsx)
 * in the embed's frame, as the app will render it, so nothing moves when the script runs.
 */
export function asEmbedPage(html: string): string {
  return html.replace(/(<div id="root">\s*<div class=")app"/, '$1app app--embed"');
}

/** The changes feed and the head tag that points at it: none without changes, or without SITE_URL (Atom links are absolute). */
function feedFiles(dataset: Dataset, edition: Edition, siteUrl: string | undefined): { files: StaticFile[]; tags: HeadTag[] } {
  const eventTitles = new Map(dataset.events.map((event) => [event.id, event.title]));
  const xml = siteUrl ? changesFeed(edition, { siteUrl, datasetTitle: dataset.title, license: dataset.license, eventTitles }) : undefined;
  if (!xml || !siteUrl) return { files: [], tags: [] };
  return { files: [{ path: CHANGES_FEED_FILE, content: xml }], tags: [changesFeedLink(siteUrl, dataset.title)] };
}

/** The card's dots: a lane per category, time across (mirrored for a right-to-left language's card). */
function cardMarks(dataset: Dataset, language: Language): CardMark[] {
  const lanes = new Map(dataset.categories.map((category, index) => [category.id, index]));
  const first = Math.min(...dataset.events.map((event) => event.start));
  const span = Math.max(1, Math.max(...dataset.events.map((event) => event.start)) - first);
  return dataset.events.map((event) => {
    const x = dataset.events.length > 1 ? (event.start - first) / span : 0.5;
    return {
      lane: lanes.get(event.category) ?? 0,
      x: language === 'ar' ? 1 - x : x,
      color: dataset.categories.find((category) => category.id === event.category)?.color ?? '#555555',
    };
  });
}

/**
 * A language's pages (under `ar/` for Arabic: page-language.ts), from the dataset as its reader
 * sees it: home, Corrections, the embed, and each event's page, embed and oEmbed response.
 * `feed`: the changes feed's link, on the pages that are not embeds.
 */
function languagePages(indexHtml: string, dataset: Dataset, site: Site, feed: readonly HeadTag[]): StaticFile[] {
  const language = site.language ?? 'en';
  const html = asLanguagePage(indexHtml, language);
  // The timeline's pages show the dataset's header while the bundle loads (loading-header.ts);
  // the embeds (a compact header) and the Corrections page (no header) keep the plain loading screen.
  const timeline = withLoadingHeader(html, loadingHeaderText(dataset, language));
  const at = (path: string) => pagePath(path, language);
  return [
    { path: at('index.html'), content: rewriteHead(timeline, [...homeHeadTags(dataset, site), ...feed]) },
    { path: at(`${CHANGES_PAGE_PATH}index.html`), content: rewriteHead(html, [...changesHeadTags(dataset, site, CHANGES_PAGE_PATH), ...feed]) },
    { path: at('embed/index.html'), content: asEmbedPage(rewriteHead(html, homeHeadTags(dataset, site, true))) },
    ...dataset.events.flatMap((event) => [
      { path: at(`${eventPagePath(event.id)}index.html`), content: rewriteHead(timeline, [...eventHeadTags(event, site), ...feed]) },
      { path: at(`embed/${eventPagePath(event.id)}index.html`), content: asEmbedPage(rewriteHead(html, eventHeadTags(event, site, true))) },
      { path: at(oembedPath(event.id)), content: `${JSON.stringify(oembedResponse(event, site), null, 2)}\n` },
    ]),
  ];
}

/**
 * Every file the step writes, from the built index.html (with its CSP), the dataset and its
 * edition (revision, publisher, changes: read-changes.ts). The changes feed is in the file's
 * own words (English for the default dataset), so only the English pages link to it.
 */
export function staticPages(indexHtml: string, dataset: Dataset, site: Pick<Site, 'base' | 'siteUrl'>, edition: Edition = { changes: [] }): StaticFile[] {
  const feed = feedFiles(dataset, edition, site.siteUrl);
  const english: Site = { ...site, datasetTitle: dataset.title };
  const languages = pageLanguages(dataset);
  return [
    ...languages.map((language) => ({ path: ogCardFile(language), content: renderOgCard(cardMarks(dataset, language), dataset.categories.length) })),
    { path: '404.html', content: rewriteHead(indexHtml, [NOINDEX, ...feed.tags]) },
    { path: `${MAKE_PAGE_PATH}index.html`, content: rewriteHead(indexHtml, [...makeHeadTags(english), ...feed.tags]) },
    ...languages.flatMap((language) => {
      const shown = localizeDataset(dataset, language);
      const pages: Site = { ...site, datasetTitle: shown.title, language, languages };
      return languagePages(indexHtml, shown, pages, language === 'en' ? feed.tags : []);
    }),
    ...feed.files,
  ];
}
