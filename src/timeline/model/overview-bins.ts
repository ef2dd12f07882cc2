import { CLAIM_STATUSES, type ClaimStatus } from '../../data/claim-status.ts';
import { bisector } from 'd3-array';
import { linearScale, type TimeScale } from './time-scale.ts';
import { utcDay, utcWeek } from 'd3-time';
import type { ParquetSummary } from '../../data/parquet-summary.ts';
import type { TimelineEvent } from '../../data/timeline-event.ts';
import type { TimeWindow } from '../../view-store/view-state.ts';

/** How the overview counts events: per calendar day or per week (Sunday to Saturday, UTC). */
export type BinUnit = 'day' | 'week';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Bins follow the zoom: days once the window is short enough that a day would be at least
 * 3 px wide at the window's scale, weeks otherwise. A day narrower than 1 px in the strip
 * itself cannot be drawn as its own bar (neighbours would merge), so that stays weeks.
 */
export function binUnitFor(extent: TimeWindow, window: TimeWindow, width: number): BinUnit {
  const dayInWindow = (width * DAY) / Math.max(window.to - window.from, 1);
  const dayInStrip = (width * DAY) / Math.max(extent.to - extent.from, 1);
  return dayInWindow >= 3 && dayInStrip >= 1 ? 'day' : 'week';
}

export const BIN_INTERVALS = { day: utcDay, week: utcWeek } as const;

/**
 * The start of the bin a time falls in: BIN_INTERVALS[unit].floor, by arithmetic rather than
 * through a Date, which counts at 100,000 events. UTC days have no daylight saving, and
 * 1 Jan 1970 (day 0) was a Thursday, so a week (from Sunday) starts (day + 4) mod 7 days back.
 */
export function binStart(unit: BinUnit, time: number): number {
  const day = Math.floor(time / DAY);
  if (unit === 'day') return day * DAY;
  const sinceSunday = (((day + 4) % 7) + 7) % 7;
  return (day - sinceSunday) * DAY;
}

/** One slice of a stacked bar; `category` is null for events of no listed category. */
export interface BarSegment {
  readonly category: string | null;
  readonly count: number;
  /** Top edge and height in SVG pixels (the strip's baseline is at `barHeight`). */
  readonly y: number;
  readonly height: number;
}

export interface HistogramBar {
  readonly key: number;
  readonly x: number;
  readonly width: number;
  /** Height of the whole stack. */
  readonly height: number;
  readonly count: number;
  /** Bottom to top in the order of the categories list (the lanes' order), then the rest. */
  readonly segments: readonly BarSegment[];
}

/**
 * The events of one bar by claim status, in CLAIM_STATUSES order, the statuses with none left
 * out (events without one are not counted). Counted when the tooltip asks, for the bar under the
 * pointer: `events` are in time order, so two binary searches find the bar's events.
 */
export function statusesInBin(events: readonly TimelineEvent[], unit: BinUnit, key: number): readonly (readonly [ClaimStatus, number])[] {
  const end = +BIN_INTERVALS[unit].offset(new Date(key), 1);
  const byStart = bisector((event: TimelineEvent) => event.start);
  const counts = new Map<ClaimStatus, number>();
  for (let i = byStart.left(events, key), stop = byStart.left(events, end); i < stop; i++) {
    const status = events[i]!.status;
    if (status) counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return CLAIM_STATUSES.flatMap((status) => (counts.has(status) ? [[status, counts.get(status)!] as const] : []));
}

/** Events per bin and category: bin start (ms) → category id (or null) → count. */
export function countByBin(
  events: readonly TimelineEvent[],
  unit: BinUnit,
  categoryIds?: ReadonlySet<string>,
): Map<number, Map<string | null, number>> {
  const bins = new Map<number, Map<string | null, number>>();
  for (const event of events) {
    const key = binStart(unit, event.start);
    const category = categoryIds?.has(event.category) ? event.category : null;
    const bin = bins.get(key) ?? new Map<string | null, number>();
    bin.set(category, (bin.get(category) ?? 0) + 1);
    bins.set(key, bin);
  }
  return bins;
}

/**
 * Events per bin and category from a Parquet file's day counts (parquet-summary.ts): the whole
 * file, where the events themselves are loaded only window by window.
 */
export function countSummaryByBin(summary: ParquetSummary, unit: BinUnit, categoryIds?: ReadonlySet<string>): Map<number, Map<string | null, number>> {
  const bins = new Map<number, Map<string | null, number>>();
  const keys = summary.categories.map((id) => (categoryIds?.has(id) ? id : null));
  for (const [day, ...counts] of summary.days) {
    const key = binStart(unit, day! * DAY);
    const bin = bins.get(key) ?? new Map<string | null, number>();
    counts.forEach((n, i) => n && bin.set(keys[i]!, (bin.get(keys[i]!) ?? 0) + n));
    bins.set(key, bin);
  }
  return bins;
}

/**
 * The stacked histogram in pixels. Without `categoryOrder` every event counts as "no
 * category", so each bar is one plain segment (the strip as it was before stacking).
 * `source`: the events, or the day counts of a dataset read window by window.
 */
export function layoutHistogram(
  source: readonly TimelineEvent[] | ParquetSummary,
  unit: BinUnit,
  x: TimeScale,
  barHeight: number,
  categoryOrder?: readonly string[],
): HistogramBar[] {
  const order = categoryOrder ?? [];
  const events = 'days' in source ? [] : source;
  const bins = 'days' in source ? countSummaryByBin(source, unit, new Set(order)) : countByBin(events, unit, new Set(order));
  const totals = [...bins.values()].map((bin) => [...bin.values()].reduce((sum, n) => sum + n, 0));
  const y = linearScale([0, Math.max(1, ...totals)], [0, barHeight]);
  const interval = BIN_INTERVALS[unit];
  const stackOrder: (string | null)[] = [...order, null];
  return [...bins].map(([key, bin]) => {
    const x0 = x(key);
    const x1 = x(+interval.offset(new Date(key), 1));
    const count = [...bin.values()].reduce((sum, n) => sum + n, 0);
    // A lone event still shows: the stack is at least 2 px, scaled up from its true height.
    const height = Math.max(2, y(count));
    const stretch = height / y(count);
    let below = 0;
    const segments: BarSegment[] = [];
    for (const category of stackOrder) {
      const n = bin.get(category);
      if (!n) continue;
      const bottom = barHeight - y(below) * stretch;
      const top = barHeight - y(below + n) * stretch;
      segments.push({ category, count: n, y: top, height: bottom - top });
      below += n;
    }
    // A 1 px gap keeps neighbouring bars apart, unless bars are too thin to spare it.
    const gap = x1 - x0 >= 4 ? 1 : 0;
    return { key, x: x0, width: Math.max(1, x1 - x0 - gap), height, count, segments };
  });
}

/**
 * The bar under a pixel for the hover read-out, else the nearest within `reach` px: thin day
 * bars are hard to hit. The gap after a bar belongs to it, so the read-out does not flicker.
 */
export function barAt(bars: readonly HistogramBar[], pixel: number, reach = 0): HistogramBar | undefined {
  let best: HistogramBar | undefined;
  let bestDistance = Infinity;
  for (const bar of bars) {
    const distance = pixel < bar.x ? bar.x - pixel : Math.max(0, pixel - (bar.x + bar.width + 1));
    if (distance <= reach && distance < bestDistance) {
      best = bar;
      bestDistance = distance;
    }
  }
  return best;
}
