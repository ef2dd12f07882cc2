import { LoadFailureError } from '../data/load-failure.ts';
import { activeLanguage, t, tLoadFailure } from '../i18n/translate.ts';

export interface LoadFailureWords {
  /** What went wrong, in the page's language. */
  readonly text: string;
  /** What stays in English, to show apart (ui/english-detail.tsx); only on a page in another language. */
  readonly english?: string;
}

/**
 * A failed load's words for the reader: the failure it carries (data/load-failure.ts) in the
 * page's language, and apart what only exists in English (an engine's message). Anything else
 * thrown is a bug's message, in English: an English page says it as it is, another says it is
 * an unknown error and shows it apart.
 */
export function loadFailureWords(error: unknown): LoadFailureWords {
  const english = activeLanguage() === 'en';
  if (error instanceof LoadFailureError) {
    const { detail } = error.failure;
    return { text: tLoadFailure(error.failure), ...(!english && detail !== undefined && { english: detail }) };
  }
  const message = error instanceof Error ? error.message : String(error);
  return english ? { text: message } : { text: t('page.unknownError'), english: message };
}
