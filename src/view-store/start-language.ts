import { loadLanguage } from '../i18n/load-language.ts';
import { viewStore } from './app-view-store.ts';
import { browserLanguages, readerLanguage } from './reader-language.ts';

/**
 * The language of the first render, from the link or the browser (the dataset's own language
 * is known only once it has loaded; routes/use-page-language.ts follows it then). The first
 * render waits for it: the Arabic catalogue is a small chunk from the same host, and a page
 * drawn in English and then redrawn in Arabic would flash and lose its layout.
 */
export const startLanguageLoad: Promise<void> = loadLanguage(
  readerLanguage(viewStore.getSnapshot().settings.lang, undefined, browserLanguages()),
);
