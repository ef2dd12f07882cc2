import { DatasetLoadError } from './fetch-text.ts';
import { t } from '../i18n/translate.ts';

/** What the reader (or the file's publisher) can do about a failure to load a dataset. */
export function loadErrorHint(error: Error): string | undefined {
  if (!(error instanceof DatasetLoadError)) return undefined;
  switch (error.kind) {
    case 'http':
      return /\b(404|410)\b/.test(error.message)
        ? t('page.hint404')
        : /\b5\d\d\b/.test(error.message)
          ? t('page.hint5xx')
          : undefined;
    case 'timeout':
      return t('page.hintTimeout');
    case 'html':
      return t('page.hintHtml');
    case 'json':
    case 'format':
      return t('page.hintFormat');
    default:
      return undefined;
  }
}
