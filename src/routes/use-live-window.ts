import { useCallback, useEffect, useRef, useState } from 'react';
import type { TimeWindow } from './view-state.ts';
import { sameWindow } from '../timeline/zoom-window.ts';

/**
 * The window the timeline draws. Gestures change it at frame rate and write it to the URL
 * (debounced, by `commit`); when the URL changes for another reason (Back/Forward, a link),
 * the URL wins. The URL stays the source of truth; this only smooths the way there.
 */
export function useLiveWindow(
  urlWindow: TimeWindow | undefined,
  fallback: () => TimeWindow,
  commit: (window: TimeWindow) => void,
) {
  const [live, setLive] = useState<TimeWindow>(() => urlWindow ?? fallback());
  const lastCommitted = useRef<TimeWindow | undefined>(urlWindow);
  const fallbackRef = useRef(fallback);
  fallbackRef.current = fallback;

  const urlFrom = urlWindow?.from;
  const urlTo = urlWindow?.to;
  useEffect(() => {
    const fromUrl = urlFrom === undefined || urlTo === undefined ? undefined : { from: urlFrom, to: urlTo };
    if (fromUrl && sameWindow(fromUrl, lastCommitted.current)) return;
    lastCommitted.current = fromUrl;
    setLive(fromUrl ?? fallbackRef.current());
  }, [urlFrom, urlTo]);

  const change = useCallback(
    (next: TimeWindow) => {
      lastCommitted.current = next;
      setLive(next);
      commit(next);
    },
    [commit],
  );

  /** Adopt a window that is about to be written by a navigation of its own (selection). */
  const adopt = useCallback((next: TimeWindow) => {
    lastCommitted.current = next;
    setLive(next);
  }, []);

  return { window: live, change, adopt };
}
