import { utcTicks } from 'd3-time';

/**
 * The two scales the timeline needs, linear in time and in counts, as plain functions: d3-scale's
 * scaleUtc and scaleLinear bring d3-interpolate, d3-color and d3-format with them (22 kB,
 * about 8 kB gzip, of the 150 kB initial-JS budget) to interpolate colours and format numbers
 * we never ask them for. The ticks are d3-time's own `utcTicks`, which scaleUtc calls, so the
 * axis is unchanged. The shape (call, domain, range, invert, ticks) is d3's, so a d3 scale
 * still fits where one of these is expected.
 */
export interface TimeScale {
  (date: Date | number): number;
  domain(): Date[];
  range(): number[];
  invert(pixel: number): Date;
  ticks(count?: number): Date[];
}

type Linear = (value: number) => number;

function linear(d0: number, d1: number, r0: number, r1: number): { map: Linear; invert: Linear } {
  // A zero-width domain maps to the middle of the range, as d3 does.
  if (d1 === d0) return { map: () => (r0 + r1) / 2, invert: () => d0 };
  const k = (r1 - r0) / (d1 - d0);
  return { map: (value) => r0 + (value - d0) * k, invert: (pixel) => d0 + (pixel - r0) / k };
}

/** Time (UTC) to pixels: `timeScale([from, to], [0, width])`. */
export function timeScale(domain: readonly [Date | number, Date | number], range: readonly [number, number]): TimeScale {
  const [d0, d1] = [+domain[0], +domain[1]];
  const [r0, r1] = range;
  const { map, invert } = linear(d0, d1, r0, r1);
  const scale = ((date: Date | number) => map(+date)) as TimeScale;
  scale.domain = () => [new Date(d0), new Date(d1)];
  scale.range = () => [r0, r1];
  scale.invert = (pixel) => new Date(invert(pixel));
  scale.ticks = (count = 10) => utcTicks(new Date(d0), new Date(d1), count);
  return scale;
}

/** A count (or any number) to pixels: `linearScale([0, max], [0, height])`. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Linear {
  return linear(domain[0], domain[1], range[0], range[1]).map;
}
