import { useEffect, useState, useSyncExternalStore } from 'react';
import { LoadFailureError } from '../data/load-failure.ts';
import { loadReadFailureMessages } from '../i18n/load-language.ts';
import { hasLoadFailureWords, subscribeLanguage } from '../i18n/translate.ts';

/**
 * Whether the words for `error` are at hand in the page's language, asking for them when not (a
 * source that cannot be read, on an Arabic page: i18n/messages-ar-read.ts). Should that chunk
 * not come, the failure's English is said rather than nothing.
 */
export function useLoadFailureWords(error: unknown): boolean {
  const key = error instanceof LoadFailureError ? error.failure.key : undefined;
  const has = () => key === undefined || hasLoadFailureWords(key);
  const ready = useSyncExternalStore(subscribeLanguage, has, has);
  const [unavailable, setUnavailable] = useState(false);
  useEffect(() => {
    if (!ready) loadReadFailureMessages().catch(() => setUnavailable(true));
  }, [ready]);
  return ready || unavailable;
}
