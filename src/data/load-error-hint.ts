import { DatasetLoadError } from './fetch-text.ts';
import { t } from '../i18n/translate.ts';

/** What the reader (or the file's publisher) can do about a failure to load a dataset. */
export function loadErrorHint(error: Error): string | undefined {
  if (!(error instanceof DatasetLoadError)) return undefined;
  switch (error.kind) {
    case 'http': {
      const status = Number(error.failure.params?.status);
      return status === 404 || status === 410 ? t('page.hint404') : status >= 500 && status < 600 ? t('page.hint5xx') : undefined;
    }
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
