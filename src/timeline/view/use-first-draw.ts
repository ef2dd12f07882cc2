import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * Reports "drawn" once, when the first frame with data is ready to show: in the commit that puts
 * the SVG marks on the page, or once the canvas has painted its first picture (it paints in the
 * commit that adds it and calls the returned function itself). Both happen in a layout effect,
 * so what the report changes (the region's aria-busy) is committed before the browser paints:
 * the frame that shows the data is the one that says so.
 */
export function useFirstDraw(onFirstDraw: () => void, drawn: boolean, canvas: boolean): () => void {
  const reported = useRef(false);
  const report = useCallback(() => {
    if (reported.current) return;
    reported.current = true;
    onFirstDraw();
  }, [onFirstDraw]);
  useLayoutEffect(() => {
    if (drawn && !canvas) report();
  }, [drawn, canvas, report]);
  return report;
}
