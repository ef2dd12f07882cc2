import { describe, expect, it } from 'vitest';
import { computeDensity, densityBarHeight } from './density-model.ts';

describe('computeDensity', () => {
  it('counts positions per column and returns only the columns that have any, left to right', () => {
    const columns = computeDensity([0, 0.5, 1.9, 2, 9.99, 5.5], 10, 2);
    expect(columns).toEqual([
      { x0: 0, x1: 2, count: 3 },
      { x0: 2, x1: 4, count: 1 },
      { x0: 4, x1: 6, count: 1 },
      { x0: 8, x1: 10, count: 1 },
    ]);
  });

  it('drops positions outside [0, width) and NaN, and counts every other one once', () => {
    const positions = [-0.1, 10, 11, Number.NaN, 3, 3, 3];
    const columns = computeDensity(positions, 10, 1);
    expect(columns).toEqual([{ x0: 3, x1: 4, count: 3 }]);
  });

  it('clips the last column to the width', () => {
    expect(computeDensity([9.5], 10, 3)).toEqual([{ x0: 9, x1: 10, count: 1 }]);
  });

  it('accounts for all of 100,000 positions and reads a typed array without changing it', () => {
    const positions = Float64Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 1200);
    const copy = positions.slice();
    const columns = computeDensity(positions, 1200, 2);
    expect(columns.reduce((sum, column) => sum + column.count, 0)).toBe(100_000);
    expect(columns.length).toBeLessThanOrEqual(600);
    expect(positions).toEqual(copy);
  });

  it('gives nothing for no width or no positions', () => {
    expect(computeDensity([1, 2], 0, 2)).toEqual([]);
    expect(computeDensity([], 100, 2)).toEqual([]);
  });
});

describe('densityBarHeight', () => {
  it('is the square root of the share of the busiest column', () => {
    expect(densityBarHeight(100, 100, 40)).toBe(40);
    expect(densityBarHeight(25, 100, 40)).toBe(20);
  });

  it('keeps a single event visible and an empty column empty', () => {
    expect(densityBarHeight(1, 100_000, 40)).toBe(2);
    expect(densityBarHeight(0, 10, 40)).toBe(0);
  });

  it('grows with the count', () => {
    const heights = [1, 5, 20, 80, 300].map((count) => densityBarHeight(count, 300, 50));
    expect([...heights].sort((a, b) => a - b)).toEqual(heights);
  });
});
