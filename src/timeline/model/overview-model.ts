import { linearScale, timeScale } from './time-scale.ts';
import type { Series, SeriesPoint, TimelineEvent } from '../../data/timeline-event.ts';
import { formatCalendarDate } from '../../data/format-date.ts';
import type { TimeWindow } from '../../view-store/view-state.ts';
import { computeAxisTicks, type AxisTick } from './axis-ticks.ts';
import { binUnitFor, layoutHistogram, type BinUnit, type HistogramBar } from './overview-bins.ts';
import { formatCount } from '../../i18n/format-count.ts';
import { t } from '../../i18n/translate.ts';
import type { ParquetSummary } from '../../data/parquet-summary.ts';

/** The overview's tick labels, in px (.overview-tick in ui/overview.css): their widths are estimated from it. */
const OVERVIEW_TICK_FONT_SIZE = 10;

/** A series statement placed on the strip, for its dot, hover and keyboard read-out. */
export interface PlacedSeriesPoint {
  readonly index: number;
  readonly x: number;
  readonly y: number;
  readonly point: SeriesPoint;
}

export interface SeriesGap {
  readonly x0: number;
  readonly x1: number;
  /** The last statement's height, where the line stops. */
  readonly y: number;
}

/** The overview strip, in pixels: stacked event counts per bin, the current window, one series. */
export interface OverviewModel {
  readonly bin: BinUnit;
  readonly bars: readonly HistogramBar[];
  readonly windowX0: number;
  readonly windowX1: number;
  /** A step line (value holds until the next statement), as an SVG path, ending at the last one. */
  readonly seriesPath: string | null;
  readonly seriesPoints: readonly PlacedSeriesPoint[];
  /** After the last statement, to the right edge: the series says nothing there (marked, not drawn). */
  readonly seriesGap: SeriesGap | null;
  readonly ticks: readonly AxisTick[];
  readonly toTime: (x: number) => number;
}

/**
 * `categoryOrder` (category ids, the lanes' order) stacks each bar by category; without it
 * bars are single-coloured. The strip spans the events' extent, widened to the series' dates
 * so that statements made after the last event (a final count) are on it too.
 */
export function computeOverview(
  extent: TimeWindow,
  window: TimeWindow,
  events: readonly TimelineEvent[] | ParquetSummary,
  series: Series | undefined,
  width: number,
  barHeight: number,
  categoryOrder?: readonly string[],
): OverviewModel {
  const domain = widenToSeries(extent, series);
  const x = timeScale([domain.from, domain.to], [0, width]);
  const bin = binUnitFor(domain, window, width);
  const placed = series ? placeSeries(series.points, x, barHeight) : [];
  return {
    bin,
    bars: layoutHistogram(events, bin, x, barHeight, categoryOrder),
    windowX0: x(window.from),
    windowX1: x(window.to),
    seriesPath: stepPath(placed),
    seriesPoints: placed,
    seriesGap: gapAfter(placed, width),
    ticks: computeAxisTicks(x, 110, OVERVIEW_TICK_FONT_SIZE),
    toTime: (pixel) => +x.invert(pixel),
  };
}

function widenToSeries(extent: TimeWindow, series: Series | undefined): TimeWindow {
  const points = series?.points ?? [];
  if (points.length === 0) return extent;
  // Points are sorted by date (parse-dataset.ts); a statement is placed at the start of its date.
  return {
    from: Math.min(extent.from, points[0]!.date.start),
    to: Math.max(extent.to, points.at(-1)!.date.end),
  };
}

function placeSeries(points: readonly SeriesPoint[], x: (time: number) => number, height: number): PlacedSeriesPoint[] {
  if (points.length === 0) return [];
  const max = Math.max(...points.map((point) => point.value));
  const y = linearScale([0, max], [height, 2]);
  return points.map((point, index) => ({ index, x: x(point.date.start), y: y(point.value), point }));
}

// The line stops at the last statement: held on to the right edge it would say the figure stayed
// the same, when all it means is that nobody gave a later one.
export function stepPath(placed: readonly PlacedSeriesPoint[]): string | null {
  if (placed.length === 0) return null;
  let path = `M${placed[0]!.x},${placed[0]!.y}`;
  for (const point of placed.slice(1)) path += `H${point.x}V${point.y}`;
  return path;
}

function gapAfter(placed: readonly PlacedSeriesPoint[], width: number): SeriesGap | null {
  const last = placed.at(-1);
  return last && width - last.x >= 1 ? { x0: last.x, x1: width, y: last.y } : null;
}

/** The nearest statement to a pixel, within `reach` px (the hover target of the dots). */
export function seriesPointNear(points: readonly PlacedSeriesPoint[], pixel: number, reach = 10): PlacedSeriesPoint | undefined {
  let best: PlacedSeriesPoint | undefined;
  for (const point of points) {
    const distance = Math.abs(point.x - pixel);
    if (distance <= reach && (!best || distance < Math.abs(best.x - pixel))) best = point;
  }
  return best;
}

/** "more than 165 attacks by 13 Feb 2024, stated by Singh": the figure, its date and who gave it. */
export function describeSeriesPoint(point: SeriesPoint, unit: string): string {
  const figure = unit ? `${formatSeriesValue(point)} ${unit}` : formatSeriesValue(point);
  const stated = point.note ? t('series.statedBy', { who: point.note }) : '';
  return t('series.point', { figure, date: formatCalendarDate(point.date), stated });
}

/** "about 150", "at least 13", "more than 165": a figure as precisely as it was stated. */
export function formatSeriesValue(point: SeriesPoint): string {
  // The caption is on the first frame: formatCount writes the same text without Intl's start-up.
  const value = formatCount(point.value);
  switch (point.qualifier) {
    case 'approx':
      return t('series.about', { value });
    case 'at-least':
      return t('series.atLeast', { value });
    case 'more-than':
      return t('series.moreThan', { value });
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
