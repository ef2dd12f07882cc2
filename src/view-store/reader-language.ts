import { preferredLanguage, type Language } from '../i18n/languages.ts';

/**
 * The page's language, in the order: the link's `lang`, else the dataset's own
 * language, else the first of the browser's languages that we have, else English.
 */
export function readerLanguage(linked: Language | undefined, dataset: Language | undefined, browser: readonly string[]): Language {
  return linked ?? dataset ?? preferredLanguage(browser) ?? 'en';
}

export function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
}
