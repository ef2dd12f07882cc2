import { describe, expect, it } from 'vitest';
import type { VirtualItem } from '@tanstack/react-virtual';
import { printedRows, rowRange } from './virtual-rows.ts';

/** Rows `from`–`to` (exclusive) of `size` pixels, as the virtualizer lists them. */
function items(from: number, to: number, size: number): VirtualItem[] {
  return Array.from({ length: to - from }, (_, offset) => {
    const index = from + offset;
    return { key: index, index, start: index * size, end: (index + 1) * size, size, lane: 0 };
  });
}

describe('rowRange', () => {
  it('renders the virtualizer’s rows between spacers that stand in for the others', () => {
    expect(rowRange(items(995, 1015, 40), 100_000 * 40)).toEqual({
      start: 995,
      end: 1015,
      before: 995 * 40,
      after: (100_000 - 1015) * 40,
    });
  });

  it('spacers and rows add up to the full height', () => {
    const range = rowRange(items(44, 50, 52), 50 * 52);
    expect(range.before + (range.end - range.start) * 52 + range.after).toBe(50 * 52);
    expect(range.after).toBe(0);
  });

  it('renders nothing for an empty list', () => {
    expect(rowRange([], 0)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });
});

describe('printedRows', () => {
  it('lists every row, without spacers, up to the limit', () => {
    expect(printedRows(59, 5_000)).toEqual({ start: 0, end: 59, before: 0, after: 0 });
    expect(printedRows(100_000, 5_000)).toEqual({ start: 0, end: 5_000, before: 0, after: 0 });
    expect(printedRows(0, 5_000)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });
});
