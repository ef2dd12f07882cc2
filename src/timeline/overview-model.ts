import { scaleLinear, scaleUtc } from 'd3-scale';
import { utcDay, utcWeek } from 'd3-time';
import type { Series, SeriesPoint, TimelineEvent } from '../data/timeline-event.ts';
import type { TimeWindow } from '../routes/view-state.ts';
import { computeAxisTicks, type AxisTick } from './axis-ticks.ts';

/** The overview strip, in pixels: event counts per bin, the current window, one series. */
export interface OverviewModel {
  readonly bars: readonly { readonly key: number; readonly x: number; readonly width: number; readonly height: number; readonly count: number }[];
  readonly windowX0: number;
  readonly windowX1: number;
  /** A step line (value holds until the next statement), as an SVG path. */
  readonly seriesPath: string | null;
  readonly ticks: readonly AxisTick[];
  readonly toTime: (x: number) => number;
}

export function computeOverview(
  extent: TimeWindow,
  window: TimeWindow,
  events: readonly TimelineEvent[],
  series: Series | undefined,
  width: number,
  barHeight: number,
): OverviewModel {
  const x = scaleUtc().domain([extent.from, extent.to]).range([0, width]);
  // Days when they are at least 3 px wide, weeks otherwise.
  const interval = width / ((extent.to - extent.from) / 86_400_000) >= 3 ? utcDay : utcWeek;
  const counts = new Map<number, number>();
  for (const event of events) {
    const key = +interval.floor(new Date(event.start));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const max = Math.max(1, ...counts.values());
  const y = scaleLinear().domain([0, max]).range([0, barHeight]);
  const bars = [...counts].map(([key, count]) => {
    const x0 = x(key);
    const x1 = x(+interval.offset(new Date(key), 1));
    return { key, x: x0, width: Math.max(1, x1 - x0 - 1), height: Math.max(2, y(count)), count };
  });
  return {
    bars,
    windowX0: x(window.from),
    windowX1: x(window.to),
    seriesPath: series ? stepPath(series.points, x, barHeight, width) : null,
    ticks: computeAxisTicks(x, 110),
    toTime: (pixel) => +x.invert(pixel),
  };
}

function stepPath(points: readonly SeriesPoint[], x: (time: number) => number, height: number, width: number): string | null {
  if (points.length === 0) return null;
  const max = Math.max(...points.map((point) => point.value));
  const y = scaleLinear().domain([0, max]).range([height, 2]);
  let path = `M${x(points[0]!.date.start)},${y(points[0]!.value)}`;
  for (const point of points.slice(1)) path += `H${x(point.date.start)}V${y(point.value)}`;
  return `${path}H${width}`;
}

/** "about 150", "at least 13", "more than 165": a figure as precisely as it was stated. */
export function formatSeriesValue(point: SeriesPoint): string {
  const value = point.value.toLocaleString('en-GB');
  switch (point.qualifier) {
    case 'approx':
      return `about ${value}`;
    case 'at-least':
      return `at least ${value}`;
    case 'more-than':
      return `more than ${value}`;
    default:
      return value;
  }
}

/** The last statement made on or before a moment, e.g. the right edge of the window. */
export function latestPointBefore(series: Series, time: number): SeriesPoint | undefined {
  let latest: SeriesPoint | undefined;
  for (const point of series.points) if (point.date.start < time) latest = point;
  return latest;
}
