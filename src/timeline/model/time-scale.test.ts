import { scaleLinear, scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { linearScale, timeScale } from './time-scale.ts';

// d3-scale stays a dev dependency to hold these scales to what d3's own would say.
const from = new Date(Date.UTC(2023, 9, 7));
const to = new Date(Date.UTC(2024, 1, 29, 12));

describe('timeScale', () => {
  const ours = timeScale([from, to], [0, 1200]);
  const d3 = scaleUtc().domain([from, to]).range([0, 1200]);

  it('maps dates to the pixels d3 maps them to', () => {
    for (const date of [from, to, new Date(Date.UTC(2024, 0, 4, 9, 30))]) expect(ours(date)).toBeCloseTo(d3(date), 9);
    expect(ours(+from)).toBe(0);
  });

  it('inverts pixels back to dates', () => {
    expect(+ours.invert(600)).toBeCloseTo(+d3.invert(600), 0);
    expect(+ours.invert(ours(Date.UTC(2024, 0, 28)))).toBeCloseTo(Date.UTC(2024, 0, 28), 0);
  });

  it('gives d3 its ticks, at every zoom', () => {
    for (const [a, b] of [
      [from, to],
      [Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 8)],
      [Date.UTC(2024, 0, 4), Date.UTC(2024, 0, 4, 6)],
      [Date.UTC(2000, 0, 1), Date.UTC(2030, 0, 1)],
    ] as const) {
      const mine = timeScale([a, b], [0, 800]).ticks(9).map(Number);
      expect(mine).toEqual(scaleUtc().domain([a, b]).ticks(9).map(Number));
      expect(mine.length).toBeGreaterThan(2);
    }
  });

  it('reports its domain and range, and a right-to-left range maps later to the left', () => {
    const mirrored = timeScale([from, to], [1200, 0]);
    expect(mirrored.domain().map(Number)).toEqual([+from, +to]);
    expect(mirrored.range()).toEqual([1200, 0]);
    expect(mirrored(to)).toBeLessThan(mirrored(from));
  });

  it('puts every date of an empty domain in the middle, as d3 does', () => {
    expect(timeScale([from, from], [0, 100])(from)).toBe(scaleUtc().domain([from, from]).range([0, 100])(from));
  });
});

describe('linearScale', () => {
  it('maps counts as d3 scaleLinear does, flipped ranges too', () => {
    const ours = linearScale([0, 40], [60, 2]);
    const d3 = scaleLinear().domain([0, 40]).range([60, 2]);
    for (const value of [0, 7, 40]) expect(ours(value)).toBeCloseTo(d3(value), 9);
  });
});
