import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { TimeWindow } from '../routes/view-state.ts';

interface Local {
  /** The window the timeline shows now, ahead of its `window` prop. */
  readonly window: TimeWindow;
  /** Windows seen or sent during the gesture: while the prop is one of them, it is behind. */
  readonly known: readonly TimeWindow[];
}

/** The page above follows a continuous gesture once it pauses this long ("move end"). */
export const SETTLE_MS = 120;

/**
 * Zoom and pan at frame rate without re-rendering the whole page each frame. During a wheel or
 * drag the timeline draws a window of its own at once; the page around it (overview, counts,
 * list, URL), whose render can take longer than a frame with 100,000 events, gets the window
 * when the gesture pauses, in a transition. A discrete change (a key, a click) goes up at once.
 * A window prop that is none of those sent (a zoom button, Back, the overview strip) wins.
 */
export function useFastWindow(window: TimeWindow, onWindowChange: (window: TimeWindow) => void) {
  const [local, setLocal] = useState<Local | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(onWindowChange);
  latest.current = onWindowChange;
  const current = local && local.known.includes(window) && local.window !== window ? local : null;

  useEffect(() => {
    if (!local || current) return;
    // Caught up, or moved elsewhere: stop overriding, and drop a send that would undo a newer window.
    if (local.window !== window) clearTimeout(timer.current);
    setLocal(null);
  }, [local, current, window]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const change = useCallback(
    (next: TimeWindow) => {
      setLocal((previous) => {
        const known = previous && previous.known.includes(window) ? previous.known : [window];
        return { window: next, known: [...known.slice(-63), next] };
      });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => startTransition(() => latest.current(next)), SETTLE_MS);
    },
    [window],
  );
  const set = useCallback((next: TimeWindow) => {
    clearTimeout(timer.current);
    setLocal(null);
    latest.current(next);
  }, []);
  return { window: current?.window ?? window, change, set };
}
