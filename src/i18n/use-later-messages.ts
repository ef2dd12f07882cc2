import { useEffect, useSyncExternalStore } from 'react';
import { loadLaterMessages } from './load-language.ts';
import { hasLaterMessages, subscribeLanguage } from './translate.ts';

/**
 * For a part that shows words of messages-en-later.ts on the first screen (a notice few readers
 * see, the keyboard hint): asks for that chunk when `needed`, and says whether it is there, so
 * the part renders once its words are (Arabic's catalogue has them from the start).
 */
export function useLaterMessages(needed = true): boolean {
  const ready = useSyncExternalStore(subscribeLanguage, hasLaterMessages, hasLaterMessages);
  useEffect(() => {
    if (needed && !ready) void loadLaterMessages();
  }, [needed, ready]);
  return ready;
}
