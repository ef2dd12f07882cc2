import { en } from './messages-en.ts';
import { directionOf, htmlLang, type Language } from './languages.ts';
import { activeLanguage, addEnglishLater, addPartMessages, setActiveCatalogue } from './translate.ts';

let wanted: Language = 'en';
// Set once the /make page has asked for its words: a change of language then brings that language's too.
let makeWanted = false;

/** `<html lang dir>` follow the language, so the browser mirrors the page and picks fonts and hyphenation. */
function applyToDocument(language: Language): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = htmlLang(language);
  document.documentElement.dir = directionOf(language);
}

/**
 * Makes `language` the page's: English at once, Arabic once its catalogue's chunk has loaded
 * (about 5.7 kB gzip, asked for only by a reader who wants it). The last call wins when a reader
 * switches back before a chunk arrives.
 */
export async function loadLanguage(language: Language): Promise<void> {
  wanted = language;
  const [messages] = await Promise.all([
    language === 'ar' ? import('./messages-ar.ts').then((module) => module.ar) : en,
    makeWanted ? loadMakeWords(language) : undefined,
  ]);
  if (wanted !== language) return;
  setActiveCatalogue(language, messages);
  applyToDocument(activeLanguage());
}

let later: Promise<void> | undefined;
const makeWords: Partial<Record<Language, Promise<void>>> = {};

function loadMakeWords(language: Language): Promise<void> {
  makeWords[language] ??=
    language === 'ar'
      ? import('./messages-ar-make.ts').then(({ arMake }) => addPartMessages('ar', arMake))
      : import('./messages-en-make.ts').then(({ enMake }) => addPartMessages('en', enMake));
  return makeWords[language];
}

/**
 * The /make page's words (messages-en-make.ts, or messages-ar-make.ts for an Arabic page: about
 * 2 kB gzip each), asked for with the page's code, so the timeline never carries them.
 */
export function loadMakeMessages(): Promise<void> {
  makeWanted = true;
  return loadMakeWords(activeLanguage());
}

let readFailures: Promise<void> | undefined;

/**
 * A source that cannot be read, in the page's language (messages-ar-read.ts, about 1.7 kB gzip):
 * asked for when such a failure is shown (ui/use-load-failure-words.ts), so an Arabic page's first
 * download does not carry it. English needs nothing: the failure carries its English.
 */
export function loadReadFailureMessages(): Promise<void> {
  if (activeLanguage() === 'en') return Promise.resolve();
  readFailures ??= import('./messages-ar-read.ts').then(({ arRead }) => addPartMessages('ar', arRead));
  return readFailures;
}

/** The English words of the parts loaded after the first draw (messages-en-later.ts), once. */
export function loadLaterMessages(): Promise<void> {
  later ??= import('./messages-en-later.ts').then(({ enLater }) => addEnglishLater(enLater));
  return later;
}
