import type { VirtualItem } from '@tanstack/react-virtual';

/**
 * Which rows a table renders, as @tanstack/react-virtual places them: rows `start`–`end`
 * between spacer rows of `before` and `after` pixels (a <table> cannot position its rows
 * absolutely, so spacers stand in for the rows that are not rendered).
 */
export interface RowRange {
  /** First rendered row (inclusive) and last (exclusive). */
  readonly start: number;
  readonly end: number;
  /** Heights of the spacers before and after the rendered rows. */
  readonly before: number;
  readonly after: number;
}

const NO_ROWS: RowRange = { start: 0, end: 0, before: 0, after: 0 };

/** The virtualizer's items (consecutive, in order) and total height as rows and spacers. */
export function rowRange(items: readonly VirtualItem[], totalSize: number): RowRange {
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) return NO_ROWS;
  return { start: first.index, end: last.index + 1, before: first.start, after: Math.max(0, totalSize - last.end) };
}

/**
 * Every row up to `limit`, for print: paper has no scrolling. Past the limit the rest is left
 * out (the list says so) rather than asking the browser to lay out 100,000 rows.
 */
export function printedRows(count: number, limit: number): RowRange {
  return { start: 0, end: Math.min(Math.max(count, 0), limit), before: 0, after: 0 };
}
