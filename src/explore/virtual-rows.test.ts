import { describe, expect, it } from 'vitest';
import { printedRows, scrollTopToReveal, visibleRows } from './virtual-rows.ts';

describe('visibleRows', () => {
  it('renders the rows in the viewport plus the overscan, with spacers for the rest', () => {
    // 100,000 rows of 40px, scrolled to row 1,000, 400px tall: rows 1000–1009 are visible.
    const range = visibleRows(100_000, 40, 40_000, 400, 5);
    expect(range).toEqual({ start: 995, end: 1015, before: 995 * 40, after: (100_000 - 1015) * 40 });
  });

  it('spacers and rows always add up to the full height', () => {
    for (const scrollTop of [0, 13, 399, 12_345, 3_999_960]) {
      const range = visibleRows(100_000, 40, scrollTop, 400, 8);
      expect(range.before + (range.end - range.start) * 40 + range.after).toBe(4_000_000);
      expect(range.end - range.start).toBeLessThanOrEqual(11 + 16 + 1);
    }
  });

  it('is clamped at the top and the bottom', () => {
    expect(visibleRows(50, 40, -100, 400, 5)).toMatchObject({ start: 0, end: 15, before: 0 });
    expect(visibleRows(50, 40, 99_999, 400, 5)).toMatchObject({ start: 44, end: 50, after: 0 });
  });

  it('renders at least one row when the viewport has no height (a hidden tab)', () => {
    expect(visibleRows(50, 40, 0, 0, 0)).toMatchObject({ start: 0, end: 1 });
  });

  it('renders nothing for an empty list', () => {
    expect(visibleRows(0, 40, 0, 400, 5)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });
});

describe('scrollTopToReveal', () => {
  it('leaves the scroll alone when the row is already in view', () => {
    expect(scrollTopToReveal(5, 40, 100, 400)).toBe(100);
  });

  it('scrolls up to put a row above the view at the top, below the sticky header', () => {
    expect(scrollTopToReveal(2, 40, 400, 400, 36)).toBe(80);
  });

  it('scrolls down just enough to show a row below the view at the bottom', () => {
    expect(scrollTopToReveal(20, 40, 0, 400, 36)).toBe(36 + 21 * 40 - 400);
  });

  it('never scrolls above the top', () => {
    expect(scrollTopToReveal(0, 40, 10, 400)).toBe(0);
  });
});

describe('printedRows', () => {
  it('lists every row, without spacers, up to the limit', () => {
    expect(printedRows(59, 5_000)).toEqual({ start: 0, end: 59, before: 0, after: 0 });
    expect(printedRows(100_000, 5_000)).toEqual({ start: 0, end: 5_000, before: 0, after: 0 });
    expect(printedRows(0, 5_000)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });
});
