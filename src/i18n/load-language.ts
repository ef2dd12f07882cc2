import { en } from './messages-en.ts';
import { directionOf, htmlLang, type Language } from './languages.ts';
import { activeLanguage, addEnglishLater, setActiveCatalogue } from './translate.ts';

let wanted: Language = 'en';

/** `<html lang dir>` follow the language, so the browser mirrors the page and picks fonts and hyphenation. */
function applyToDocument(language: Language): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = htmlLang(language);
  document.documentElement.dir = directionOf(language);
}

/**
 * Makes `language` the page's: English at once, Arabic once its catalogue's chunk has loaded
 * (about 4 kB gzip, asked for only by a reader who wants it). The last call wins when a reader
 * switches back before a chunk arrives.
 */
export async function loadLanguage(language: Language): Promise<void> {
  wanted = language;
  const messages = language === 'ar' ? (await import('./messages-ar.ts')).ar : en;
  if (wanted !== language) return;
  setActiveCatalogue(language, messages);
  applyToDocument(activeLanguage());
}

let later: Promise<void> | undefined;

/** The English words of the parts loaded after the first draw (messages-en-later.ts), once. */
export function loadLaterMessages(): Promise<void> {
  later ??= import('./messages-en-later.ts').then(({ enLater }) => addEnglishLater(enLater));
  return later;
}
