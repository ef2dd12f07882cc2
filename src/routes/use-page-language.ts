import { useEffect } from 'react';
import { loadLanguage } from '../i18n/load-language.ts';
import type { Language } from '../i18n/languages.ts';
import { activeLanguage } from '../i18n/translate.ts';
import { useViewSettings } from '../view-store/use-view-store.ts';
import { browserLanguages, readerLanguage } from '../view-store/reader-language.ts';

/** Keeps the page's language on the reader's choice (the link, the dataset's language, the browser). */
export function usePageLanguage(datasetLanguage: Language | undefined): void {
  const { lang } = useViewSettings();
  const wanted = readerLanguage(lang, datasetLanguage, browserLanguages());
  useEffect(() => {
    if (wanted !== activeLanguage()) void loadLanguage(wanted);
  }, [wanted]);
}
