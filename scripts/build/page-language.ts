import type { Dataset } from '../../src/data/timeline-event.ts';
import { escapeHtml } from '../../src/embed/embed-snippet.ts';
import { directionOf, htmlLang, LANGUAGES, localeTag, type Language } from '../../src/i18n/languages.ts';
import { ar } from '../../src/i18n/messages-ar.ts';
import { en, type Catalogue } from '../../src/i18n/messages-en.ts';
import { setActiveCatalogue } from '../../src/i18n/translate.ts';
import { languagePath } from '../../src/view-store/language-path.ts';

/**
 * What differs between the static pages of each language the app speaks (static-pages.ts):
 * where they live (Arabic under `ar/`, src/view-store/language-path.ts, which the app's router
 * reads), how they are marked (`<html lang dir>`, Open Graph's locale) and the few words the
 * build itself writes. The app's words come from its catalogues, so the prerendered loading
 * screen is what the app's first render shows (a unit test checks, as for English).
 */
export interface PageWords {
  /** The app's catalogue of the language: the loading screen's words, and `inLanguage`. */
  readonly catalogue: Catalogue | typeof en;
  /** The card's alt text (the card has no words: a dot per event, og-card.ts). */
  readonly imageAlt: (datasetTitle: string) => string;
  readonly changesTitle: string;
  readonly changesDescription: (count: number, revision: string | undefined, datasetTitle: string) => string;
  /** The text of `<noscript>`: English as index.html has it. */
  readonly noscript: string;
}

export const PAGE_WORDS: Readonly<Record<Language, PageWords>> = {
  en: {
    catalogue: en,
    imageAlt: (title) => `${title}: a timeline, one dot per event`,
    changesTitle: 'Corrections and updates',
    changesDescription: (count, revision, title) => {
      const listed = count === 0 ? 'No corrections or updates listed yet' : `${count} correction${count === 1 ? '' : 's'} and update${count === 1 ? '' : 's'}, newest first`;
      return `${listed}: the public record of changes to ${title}${revision ? ` (revision ${revision})` : ''}.`;
    },
    noscript: 'This timeline needs JavaScript. The data is available as JSON at data/events.json.',
  },
  ar: {
    catalogue: ar,
    imageAlt: (title) => `${title}: خط زمني، نقطة لكل حدث`,
    changesTitle: ar['corrections.title'],
    // The Corrections page's own sentences (its heading's intro or empty state, and the revision).
    changesDescription: (count, revision) =>
      `${count === 0 ? ar['changes.none'] : ar['changes.intro']}${revision ? ` ${ar['changes.currentRevision']} ${revision}.` : ''}`,
    noscript: 'يحتاج هذا الخط الزمني إلى JavaScript. البيانات متاحة بصيغة JSON في data/events.json.',
  },
};

/** Open Graph's locale, from the Intl locale the app formats with: en_GB, ar_IQ. */
export function ogLocale(language: Language): string {
  return localeTag(language).split('-').slice(0, 2).join('_');
}

/** A page's path under the site's root in a language: "events/x/" → "ar/events/x/" (English as given). */
export function pagePath(path: string, language: Language): string {
  return languagePath(`/${path}`, language).slice(1);
}

/**
 * The languages the dataset's pages are written in: English, the default, always; another when
 * the dataset is in it or translates anything into it (a page that only says the English again,
 * marked Arabic, would mislead the reader and search engines).
 */
export function pageLanguages(dataset: Pick<Dataset, 'language' | 'i18n' | 'events'>): Language[] {
  return LANGUAGES.filter(
    (language) => language === 'en' || dataset.language === language || dataset.i18n?.[language] !== undefined || dataset.events.some((event) => event.i18n?.[language]),
  );
}

// The loading screen's words (src/routes/loading-screen.tsx, src/ui/load-progress.tsx).
const LOADING_SCREEN = ['timeline.region', 'load.loading', 'load.progressLabel'] as const;

/**
 * The built index.html as a language's page: `<html lang dir>`, and the loading screen and the
 * `<noscript>` text in its words. The head is left to head-tags.ts.
 */
export function asLanguagePage(html: string, language: Language): string {
  if (language === 'en') return html;
  const words = PAGE_WORDS[language];
  const page = html.replace(/<html\b[^>]*>/i, `<html lang="${htmlLang(language)}" dir="${directionOf(language)}">`);
  const bodyStart = page.search(/<body[\s>]/i);
  let body = page.slice(bodyStart);
  for (const key of LOADING_SCREEN) {
    const [from, to] = [escapeHtml(String(en[key])), escapeHtml(String(words.catalogue[key]))];
    body = body.replaceAll(`="${from}"`, `="${to}"`).replaceAll(`>${from}<`, `>${to}<`);
  }
  body = body.replace(/(<noscript>)[\s\S]*?(<\/noscript>)/i, (_, open: string, close: string) => open + escapeHtml(words.noscript) + close);
  return page.slice(0, bodyStart) + body;
}

/**
 * `make()` with the app's words and dates in `language` (the build runs in English): a page's
 * description falls back to the event's date, written in the page's language (data/format-date.ts).
 */
export function inLanguage<T>(language: Language, make: () => T): T {
  if (language === 'en') return make();
  setActiveCatalogue(language, PAGE_WORDS[language].catalogue);
  try {
    return make();
  } finally {
    setActiveCatalogue('en', en);
  }
}
