import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { printedRows, rowRange, type RowRange } from './virtual-rows.ts';
import { usePrinting } from './use-printing.ts';

/** The most rows a printout lists. */
export const PRINT_ROW_LIMIT = 5_000;
// The sticky header's height in event-list.css (2.5rem and its border) until it is measured.
const HEADER_HEIGHT = 41;

/**
 * Windowing for a scrolling table with fixed-height rows and a sticky header, by
 * @tanstack/react-virtual: give `scroller` to the scroll container and `head` to the <thead>,
 * render rows `range.start`–`range.end` between spacers of `range.before` and `range.after`
 * pixels. While printing, the first PRINT_ROW_LIMIT rows, without spacers.
 */
export function useVirtualRows(count: number, rowHeight: number, overscan = 8) {
  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLTableSectionElement>(null);
  const [headerHeight, setHeaderHeight] = useState(HEADER_HEIGHT);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan,
    // Row offsets count from the top of <tbody>, and the sticky header covers as much of the
    // viewport's top: a row is in view only that far above the viewport's bottom edge.
    scrollPaddingEnd: headerHeight,
  });

  // The virtualizer caches row offsets; a new row height (phone ↔ desktop) invalidates them.
  useLayoutEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);

  // Measured, not assumed: the header follows the reader's font size. A hidden tab reports 0,
  // then the real height once the list is shown.
  useEffect(() => {
    const element = head.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const height = entry?.borderBoxSize[0]?.blockSize;
      if (height) setHeaderHeight(height);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const printing = usePrinting();
  const range: RowRange = printing ? printedRows(count, PRINT_ROW_LIMIT) : rowRange(virtualizer.getVirtualItems(), virtualizer.getTotalSize());

  /** Scrolls the container (only it, never the page) so that row `index` is fully in view. */
  const reveal = useCallback(
    (index: number) => {
      if (scroller.current?.clientHeight) virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [virtualizer],
  );

  return { scroller, head, range, reveal, printing };
}
