import { preferredLanguage, type Language } from '../i18n/languages.ts';

/**
 * The dataset's title and description, written into the built home and event pages' loading
 * screen (scripts/build/loading-header.ts), so the page's largest text (the title on a phone)
 * paints with the HTML rather than after React's first render: Lighthouse's mobile LCP went from
 * 2.2–2.7 s to the first paint, 0.8 s, with the app's scripts asked for after that paint
 * (scripts/build/after-first-paint.ts; README, "Lighthouse"). React's loading screen shows the same header
 * (routes/loading-screen.tsx), read here from the page before React replaces it, so its first
 * render changes nothing on screen.
 *
 * The header is the default dataset's in the page's language. The page's head script
 * (scripts/build/early-load-script.ts) hides it before the first paint when the link names
 * another dataset or the reader gets another language, by setting LOADING_HEADER_OFF on
 * `<html>` (app-header.css); then nothing is read here, and the app shows its own header once
 * the dataset it loads is there.
 */
export interface HeaderText {
  readonly title: string;
  readonly description: string;
  /** `lang` of the title and of the description where they are not in the page's language. */
  readonly titleLang?: string;
  readonly descriptionLang?: string;
}

/** The attribute (on `<html>`, value "off") that hides the built page's header. */
export const LOADING_HEADER_OFF = 'data-loading-header';

/** The header the built page shows, with the language it is written in. */
export interface PrerenderedHeader {
  readonly text: HeaderText;
  readonly language: Language;
}

/** What `page` shows as its loading header, if it shows one (DOM text, never markup). */
export function readPrerenderedHeader(page: Document): PrerenderedHeader | undefined {
  if (page.documentElement.getAttribute(LOADING_HEADER_OFF) === 'off') return undefined;
  const header = page.getElementById('root')?.querySelector('.app-header--loading');
  const title = header?.querySelector('h1');
  const description = header?.querySelector('p');
  const language = preferredLanguage([page.documentElement.lang]);
  if (!title?.textContent || !language) return undefined;
  return {
    language,
    text: {
      title: title.textContent,
      description: description?.textContent ?? '',
      titleLang: title.getAttribute('lang') ?? undefined,
      descriptionLang: description?.getAttribute('lang') ?? undefined,
    },
  };
}

/** Read once, at boot, before React's first render replaces the page's loading screen. */
export const prerenderedHeader: PrerenderedHeader | undefined = typeof document === 'undefined' ? undefined : readPrerenderedHeader(document);

/** The built page's header, when the screen shows that page's dataset in that page's language. */
export function loadingHeaderFor(defaultDataset: boolean, language: Language): HeaderText | undefined {
  return defaultDataset && prerenderedHeader?.language === language ? prerenderedHeader.text : undefined;
}
