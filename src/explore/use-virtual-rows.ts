import { useCallback, useEffect, useRef, useState } from 'react';
import { printedRows, scrollTopToReveal, visibleRows, type RowRange } from './virtual-rows.ts';
import { usePrinting } from './use-printing.ts';

const DEFAULT_VIEWPORT = 600;
/** The most rows a printout lists. */
export const PRINT_ROW_LIMIT = 5_000;

/**
 * Windowing for a scrolling table with fixed-height rows: give the returned ref to the
 * scroll container, render rows `range.start`–`range.end` between spacers of `range.before`
 * and `range.after` pixels. Scroll updates are coalesced to one per frame.
 */
export function useVirtualRows(count: number, rowHeight: number, overscan = 8) {
  const [viewport, setViewport] = useState({ top: 0, height: DEFAULT_VIEWPORT, header: 0 });
  const element = useRef<HTMLElement | null>(null);
  const frame = useRef(0);

  const measure = useCallback(() => {
    const box = element.current;
    if (!box) return;
    const header = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    setViewport((previous) =>
      previous.top === box.scrollTop && previous.height === box.clientHeight && previous.header === header
        ? previous
        : { top: box.scrollTop, height: box.clientHeight, header },
    );
  }, []);

  const ref = useCallback(
    (box: HTMLElement | null) => {
      element.current = box;
      if (!box) return;
      const onScroll = () => {
        cancelAnimationFrame(frame.current);
        frame.current = requestAnimationFrame(measure);
      };
      box.addEventListener('scroll', onScroll, { passive: true });
      const observer = new ResizeObserver(measure);
      observer.observe(box);
      measure();
      return () => {
        box.removeEventListener('scroll', onScroll);
        observer.disconnect();
        cancelAnimationFrame(frame.current);
      };
    },
    [measure],
  );
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  // The rows start one header below the top, and the sticky header covers as much of the
  // viewport: in row coordinates the view starts at scrollTop and is that much shorter.
  const printing = usePrinting();
  const range: RowRange = printing
    ? printedRows(count, PRINT_ROW_LIMIT)
    : visibleRows(count, rowHeight, viewport.top, viewport.height - viewport.header, overscan);

  /** Scrolls the container (only it, never the page) so that row `index` is fully in view. */
  const reveal = useCallback(
    (index: number) => {
      const box = element.current;
      if (!box || box.clientHeight === 0) return;
      const header = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
      const top = scrollTopToReveal(index, rowHeight, box.scrollTop, box.clientHeight, header);
      if (top !== box.scrollTop) box.scrollTop = top;
    },
    [rowHeight],
  );

  return { ref, range, reveal, printing };
}
