import { useEffect } from 'react';
import { loadLanguage } from '../i18n/load-language.ts';
import { preferredLanguage } from '../i18n/languages.ts';
import { activeLanguage } from '../i18n/translate.ts';
import { useViewSettings } from '../view-store/use-view-store.ts';
import { browserLanguages, readerLanguage } from '../view-store/reader-language.ts';

/**
 * Keeps the page's language on the reader's choice: the link, else the dataset's
 * `defaultLanguage` (a language tag, taken when it is one the app speaks), else the browser.
 */
export function usePageLanguage(datasetDefault: string | undefined): void {
  const { lang } = useViewSettings();
  const wanted = readerLanguage(lang, datasetDefault ? preferredLanguage([datasetDefault]) : undefined, browserLanguages());
  useEffect(() => {
    if (wanted !== activeLanguage()) void loadLanguage(wanted);
  }, [wanted]);
}
