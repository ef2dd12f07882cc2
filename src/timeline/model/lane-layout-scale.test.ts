import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../data/calendar-date.ts';
import type { Category, TimelineEvent } from '../../data/timeline-event.ts';
import { layoutTimeline, type LayoutOptions, type TimelineLayout } from './lane-layout.ts';
import { MARK_GAP } from './row-packing.ts';
import { seededRandom as prng } from '../../testing/seeded-random.ts';

/**
 * layoutTimeline at 100,000 events: the row packing still never overlaps and accounts for every
 * event, pinned events are placed, inputs are untouched, and crowded lanes become density bins.
 * (Correctness only; the benchmark measures speed.)
 */
const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2019, 0, 1);
const DAYS = 1826;
const CATEGORIES: Category[] = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, index) => ({ id, label: id.toUpperCase(), color: `#00000${index}` }));

const calendar = (start: number, end: number, precision: CalendarDate['precision']): CalendarDate => ({
  text: new Date(start).toISOString().slice(0, precision === 'month' ? 7 : 10),
  precision,
  start,
  end,
  offsetMinutes: null,
});

/** Days, same-day bursts, timed events, month-only dates and spans, sorted as parse-dataset.ts sorts. */
function manyEvents(count: number, seed = 11): TimelineEvent[] {
  const random = prng(seed);
  const events: TimelineEvent[] = [];
  while (events.length < count) {
    const day = T0 + Math.floor(random() * DAYS) * DAY;
    const burst = random() < 0.01 ? 10 + Math.floor(random() * 30) : 1;
    for (let i = 0; i < burst && events.length < count; i++) {
      const roll = random();
      let date = calendar(day, day + DAY, 'day');
      let end: CalendarDate | undefined;
      if (roll < 0.01) end = calendar(day + 3 * DAY, day + 4 * DAY, 'day');
      else if (roll < 0.02) date = calendar(Date.UTC(new Date(day).getUTCFullYear(), new Date(day).getUTCMonth(), 1), Date.UTC(new Date(day).getUTCFullYear(), new Date(day).getUTCMonth() + 1, 1), 'month');
      else if (roll < 0.12) date = { ...calendar(day + 3_600_000 * 7, day + 3_600_000 * 7 + 60_000, 'minute'), offsetMinutes: 180 };
      const id = `e${events.length}`;
      events.push({
        id, title: id, summary: '', category: CATEGORIES[Math.floor(random() * CATEGORIES.length)]!.id,
        date, end, approximate: random() < 0.03, actors: [], sources: [], tags: [],
        start: date.start, stop: end ? end.end : date.end,
      });
    }
  }
  return events.sort((a, b) => a.start - b.start || a.stop - b.stop);
}

const OPTIONS: Omit<LayoutOptions, 'width'> = { top: 30, rowHeight: 17, rowsPerLane: 3, lanePadding: 5, labelHeight: 13, markRadius: 6.5 };
const windowScale = (width: number) => scaleUtc().domain([T0 - 10 * DAY, T0 + (DAYS + 10) * DAY]).range([0, width]);

/** Sort each row by left edge and compare neighbours: O(n log n), fine for 100,000 marks. */
function expectNoOverlaps(layout: TimelineLayout, radius: number) {
  const rows = new Map<string, Array<[number, number, string]>>();
  for (const mark of layout.marks) {
    const key = `${mark.event.category}:${mark.y}`;
    const extent: [number, number, string] = mark.kind === 'span' ? [mark.x, mark.x + mark.width, mark.event.id] : [mark.x - radius, mark.x + radius, mark.event.id];
    rows.get(key)?.push(extent) ?? rows.set(key, [extent]);
  }
  let overlaps = 0;
  for (const row of rows.values()) {
    row.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < row.length; i++) if (row[i]![0] < row[i - 1]![1] + MARK_GAP - 1e-9) overlaps += 1;
  }
  expect(overlaps).toBe(0);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

describe('layoutTimeline at 100,000 events', { timeout: 30_000 }, () => {
  const events = deepFreeze(manyEvents(100_000));
  const categories = deepFreeze(CATEGORIES);
  const pinned = deepFreeze([events[500]!.id, events[50_000]!.id, events[99_999]!.id]);

  it('packs rows without overlaps, places pinned events and shows every event once (about 40 px a day)', () => {
    const width = (DAYS + 20) * 40;
    const layout = layoutTimeline(events, categories, windowScale(width), { ...OPTIONS, width, pinned });
    expect(layout.bins).toEqual([]);
    expectNoOverlaps(layout, OPTIONS.markRadius);
    const placed = layout.marks.map((mark) => mark.event.id);
    const clustered = layout.clusters.flatMap((cluster) => cluster.eventIds);
    expect(placed.length + clustered.length).toBe(events.length);
    expect(new Set([...placed, ...clustered]).size).toBe(events.length);
    for (const id of pinned) expect(placed).toContain(id);
    expect(layout.clusters.length).toBeGreaterThan(0);
  });

  it('draws crowded lanes as density bins that count every event, keeping pinned events as marks', () => {
    const width = 1200;
    const layout = layoutTimeline(events, categories, windowScale(width), { ...OPTIONS, width, pinned });
    expect(layout.marks.map((mark) => mark.event.id).sort()).toEqual([...pinned].sort());
    expect(layout.clusters).toEqual([]);
    for (const category of categories) {
      const counted = layout.bins.filter((bin) => bin.category === category.id).reduce((sum, bin) => sum + bin.count, 0);
      expect(counted).toBe(events.filter((event) => event.category === category.id).length);
    }
    expect(Math.max(...layout.bins.map((bin) => bin.intensity))).toBe(1);
    for (const bin of layout.bins) {
      const lane = layout.lanes.find((band) => band.category.id === bin.category)!;
      expect(bin.x).toBeGreaterThanOrEqual(0);
      expect(bin.x + bin.width).toBeLessThanOrEqual(width);
      expect(bin.y).toBeGreaterThanOrEqual(lane.y + OPTIONS.labelHeight);
      expect(bin.y + bin.height).toBeLessThanOrEqual(lane.y + lane.height);
      expect(bin.to).toBeGreaterThan(bin.from);
    }
  });

  it('lays out only what is in the window when zoomed in to a month', () => {
    const scale = scaleUtc().domain([T0 + 400 * DAY, T0 + 430 * DAY]).range([0, 1200]);
    const layout = layoutTimeline(events, categories, scale, { ...OPTIONS, width: 1200 });
    const byId = new Map(events.map((event) => [event.id, event]));
    const shown = [...layout.marks.map((mark) => mark.event), ...layout.clusters.flatMap((cluster) => cluster.eventIds.map((id) => byId.get(id)!))];
    expect(shown.length).toBeGreaterThan(500);
    for (const event of shown) expect(event.stop > T0 + 399 * DAY && event.start < T0 + 431 * DAY).toBe(true);
    expect(layout.bins).toEqual([]);
    expectNoOverlaps(layout, OPTIONS.markRadius);
  });
});
