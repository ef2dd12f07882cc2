/**
 * The maths of a windowed list with rows of one fixed height: which rows to render for a
 * scroll position, and where to scroll to bring a row into view. Only rows in the viewport
 * plus `overscan` on each side are rendered; spacers stand in for the rest.
 */
export interface RowRange {
  /** First rendered row (inclusive) and last (exclusive). */
  readonly start: number;
  readonly end: number;
  /** Heights of the spacers before and after the rendered rows. */
  readonly before: number;
  readonly after: number;
}

export function visibleRows(
  count: number,
  rowHeight: number,
  scrollTop: number,
  viewportHeight: number,
  overscan: number,
): RowRange {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0, before: 0, after: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.min(count - 1, Math.floor(top / rowHeight));
  const last = Math.min(count, Math.ceil((top + Math.max(viewportHeight, 0)) / rowHeight));
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, Math.max(last, first + 1) + overscan);
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight };
}

/**
 * The scroll position that shows row `index` whole, moving as little as possible: unchanged
 * when it is already in view. `offset` is what sits above the first row (a sticky header),
 * so a row is not hidden under it.
 */
export function scrollTopToReveal(
  index: number,
  rowHeight: number,
  scrollTop: number,
  viewportHeight: number,
  offset = 0,
): number {
  const rowTop = offset + index * rowHeight;
  const rowBottom = rowTop + rowHeight;
  if (rowTop - offset < scrollTop) return Math.max(0, rowTop - offset);
  if (rowBottom > scrollTop + viewportHeight) return rowBottom - viewportHeight;
  return scrollTop;
}

/**
 * Every row up to `limit`, for print: paper has no scrolling. Past the limit the rest is left
 * out (the list says so) rather than asking the browser to lay out 100,000 rows.
 */
export function printedRows(count: number, limit: number): RowRange {
  return { start: 0, end: Math.min(Math.max(count, 0), limit), before: 0, after: 0 };
}
