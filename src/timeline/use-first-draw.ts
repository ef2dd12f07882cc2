import { useCallback, useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';

/**
 * Reports "drawn" once, when the first frame with data is on screen: after the first paint of
 * the SVG marks, or after the first canvas frame (the canvas paints in its own animation frame,
 * so it calls the returned function itself). The page turns aria-busy off on it, committed at
 * once (flushSync) so that it changes in the very frame that shows the data, not a frame later.
 */
export function useFirstDraw(onFirstDraw: () => void, drawn: boolean, canvas: boolean): () => void {
  const reported = useRef(false);
  const report = useCallback(() => {
    if (reported.current) return;
    reported.current = true;
    flushSync(onFirstDraw);
  }, [onFirstDraw]);
  useEffect(() => {
    if (!drawn || canvas) return;
    const frame = requestAnimationFrame(report);
    return () => cancelAnimationFrame(frame);
  }, [drawn, canvas, report]);
  return report;
}
