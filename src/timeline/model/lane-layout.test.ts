import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../data/parse-dataset.ts';
import type { Category, TimelineEvent } from '../../data/timeline-event.ts';
import { layoutTimeline, type LayoutOptions, type PlacedMark, type TimelineLayout } from './lane-layout.ts';
import { seededRandom as prng } from '../../testing/seeded-random.ts';

type Json = Record<string, unknown>;

const DAY = 24 * 60 * 60 * 1000;

function rawEvent(id: string, date: string, category = 'strike', overrides: Json = {}): Json {
  return {
    id,
    date,
    title: `Event ${id}`,
    category,
    sources: [{ url: 'https://example.org/report', title: 'A report', publisher: 'Example News' }],
    ...overrides,
  };
}

const RAW_CATEGORIES = [
  { id: 'strike', label: 'Strikes', color: '#112233' },
  { id: 'attack', label: 'Attacks', color: '#445566' },
  { id: 'diplomacy', label: 'Diplomacy', color: '#778899' },
];

function load(events: Json[]): { events: readonly TimelineEvent[]; categories: readonly Category[] } {
  const { dataset, skipped } = parseDataset({ version: 1, title: 'Test', categories: RAW_CATEGORIES, events });
  expect(skipped).toEqual([]);
  return { events: dataset.events, categories: dataset.categories };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

const WIDTH = 1000;
/** January 2024 over 1000 px: a day is about 32 px. */
const scale = () => scaleUtc().domain([Date.UTC(2024, 0, 1), Date.UTC(2024, 1, 1)]).range([0, WIDTH]);

const OPTIONS: LayoutOptions = {
  width: WIDTH,
  top: 10,
  rowHeight: 14,
  rowsPerLane: 3,
  lanePadding: 6,
  labelHeight: 18,
  markRadius: 5,
};

function extent(mark: PlacedMark, radius: number): [number, number] {
  return mark.kind === 'span' ? [mark.x, mark.x + mark.width] : [mark.x - radius, mark.x + radius];
}

function expectNoOverlaps(layout: TimelineLayout, radius: number) {
  const marks = layout.marks;
  for (let i = 0; i < marks.length; i++) {
    for (let j = i + 1; j < marks.length; j++) {
      const a = marks[i]!;
      const b = marks[j]!;
      if (a.event.category !== b.event.category || a.y !== b.y) continue;
      const [a0, a1] = extent(a, radius);
      const [b0, b1] = extent(b, radius);
      const disjoint = a1 <= b0 || b1 <= a0;
      expect(disjoint, `${a.event.id} [${a0}, ${a1}] overlaps ${b.event.id} [${b0}, ${b1}] at y=${a.y}`).toBe(true);
    }
  }
}

const placedIds = (layout: TimelineLayout) => layout.marks.map((mark) => mark.event.id);
const clusteredIds = (layout: TimelineLayout) => layout.clusters.flatMap((cluster) => cluster.eventIds);

describe('layoutTimeline: purity', () => {
  it('works on deeply frozen inputs and leaves them unchanged', () => {
    const loaded = load([
      rawEvent('a', '2024-01-04'),
      rawEvent('b', '2024-01-04'),
      rawEvent('c', '2024-01-04'),
      rawEvent('d', '2024-01-04'),
      rawEvent('e', '2024-01-10', 'attack', { end: '2024-01-14' }),
      rawEvent('f', '2024-01', 'diplomacy'),
    ]);
    // Also one event outside the window and one of a category without a lane.
    const outside = { ...loaded.events[0]!, id: 'outside', start: Date.UTC(2023, 5, 1), stop: Date.UTC(2023, 5, 2) };
    const stray = { ...loaded.events[0]!, id: 'stray', category: 'no-such-category' };
    const input = { events: [...loaded.events, outside, stray], categories: loaded.categories };
    const before = JSON.stringify(input);
    const events = deepFreeze(input.events);
    const categories = deepFreeze(input.categories);
    const pinned = deepFreeze(['d']);
    const layout = layoutTimeline(events, categories, scale(), { ...OPTIONS, pinned });
    expect(JSON.stringify({ events, categories })).toBe(before);
    expect(layout.marks.length + clusteredIds(layout).length).toBe(6);
    expect(placedIds(layout)).toContain('d');
  });

  it('gives the same layout for the same input', () => {
    const { events, categories } = load([rawEvent('a', '2024-01-04'), rawEvent('b', '2024-01-04'), rawEvent('c', '2024-01-20')]);
    const first = layoutTimeline(events, categories, scale(), OPTIONS);
    const second = layoutTimeline(events, categories, scale(), OPTIONS);
    expect(second).toEqual(first);
  });
});

describe('layoutTimeline: lanes', () => {
  it('makes one band per category, in category order, each as tall as the rows it uses', () => {
    const { events, categories } = load([rawEvent('a', '2024-01-04'), rawEvent('b', '2024-01-04'), rawEvent('c', '2024-01-04')]);
    const layout = layoutTimeline(events, categories, scale(), OPTIONS);
    const bandHeight = (rows: number) => OPTIONS.labelHeight + rows * OPTIONS.rowHeight + OPTIONS.lanePadding * 2;
    expect(layout.lanes.map((lane) => lane.category.id)).toEqual(['strike', 'attack', 'diplomacy']);
    // Three same-day strikes stack in three rows; the empty lanes keep one row each.
    expect(layout.lanes.map((lane) => lane.rows)).toEqual([3, 1, 1]);
    expect(layout.lanes.map((lane) => lane.height)).toEqual([bandHeight(3), bandHeight(1), bandHeight(1)]);
    expect(layout.lanes.map((lane) => lane.y)).toEqual([OPTIONS.top, OPTIONS.top + bandHeight(3), OPTIONS.top + bandHeight(3) + bandHeight(1)]);
    expect(layout.height).toBe(OPTIONS.top + bandHeight(3) + 2 * bandHeight(1));
  });

  it('keeps the row counts it is given (during a gesture)', () => {
    const { events, categories } = load([rawEvent('a', '2024-01-04')]);
    const layout = layoutTimeline(events, categories, scale(), { ...OPTIONS, laneRows: [2, 3, 1] });
    expect(layout.lanes.map((lane) => lane.rows)).toEqual([2, 3, 1]);
  });

  it('follows the order of the categories it is given', () => {
    const { events, categories } = load([rawEvent('a', '2024-01-04')]);
    const reversed = [...categories].reverse();
    const layout = layoutTimeline(events, reversed, scale(), OPTIONS);
    expect(layout.lanes.map((lane) => lane.category.id)).toEqual(['diplomacy', 'attack', 'strike']);
    const mark = layout.marks[0]!;
    const band = layout.lanes[2]!;
    expect(mark.y).toBeGreaterThan(band.y);
    expect(mark.y).toBeLessThan(band.y + band.height);
  });

  it('puts every mark below its lane label and inside its lane, in the lane colour', () => {
    const { events, categories } = load([
      ...['a', 'b', 'c'].map((id) => rawEvent(id, '2024-01-04')),
      ...['d', 'e', 'f'].map((id) => rawEvent(id, '2024-01-04', 'attack')),
      rawEvent('g', '2024-01-20', 'diplomacy'),
    ]);
    const layout = layoutTimeline(events, categories, scale(), OPTIONS);
    expect(layout.marks).toHaveLength(7);
    for (const mark of layout.marks) {
      const band = layout.lanes.find((lane) => lane.category.id === mark.event.category)!;
      expect(mark.y - OPTIONS.rowHeight / 2).toBeGreaterThanOrEqual(band.y + OPTIONS.labelHeight);
      expect(mark.y + OPTIONS.rowHeight / 2).toBeLessThanOrEqual(band.y + band.height);
      expect(mark.color).toBe(band.category.color);
    }
  });

  it('ignores events whose category has no lane', () => {
    const { events, categories } = load([rawEvent('a', '2024-01-04'), rawEvent('b', '2024-01-05', 'attack')]);
    const onlyStrikes = categories.filter((category) => category.id === 'strike');
    const layout = layoutTimeline(events, onlyStrikes, scale(), OPTIONS);
    expect(layout.lanes).toHaveLength(1);
    expect(placedIds(layout)).toEqual(['a']);
    expect(layout.clusters).toEqual([]);

    const stray = { ...events[0]!, id: 'stray', category: 'no-such-category' };
    const withStray = layoutTimeline([...events, stray], categories, scale(), OPTIONS);
    expect(placedIds(withStray).sort()).toEqual(['a', 'b']);
    expect(clusteredIds(withStray)).toEqual([]);
  });
});

describe('layoutTimeline: stacking and clusters', () => {
  it('stacks same-day events in rows that do not overlap', () => {
    const { events, categories } = load(['a', 'b', 'c'].map((id) => rawEvent(id, '2024-01-04')));
    const layout = layoutTimeline(events, categories, scale(), OPTIONS);
    expect(layout.marks).toHaveLength(3);
    expect(layout.clusters).toEqual([]);
    expect(new Set(layout.marks.map((mark) => mark.y)).size).toBe(3);
    // All three sit at noon on 4 Jan.
    const noon = scale()(Date.UTC(2024, 0, 4, 12));
    for (const mark of layout.marks) expect(mark.x).toBeCloseTo(noon, 6);
    expectNoOverlaps(layout, OPTIONS.markRadius);
  });

  it('clusters what does not fit in the rows, counting every hidden event', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const { events, categories } = load(ids.map((id) => rawEvent(id, '2024-01-04')));
    const layout = layoutTimeline(events, categories, scale(), OPTIONS);
    expect(layout.marks).toHaveLength(OPTIONS.rowsPerLane);
    expect(layout.clusters).toHaveLength(1);
    const cluster = layout.clusters[0]!;
    expect(cluster.eventIds).toHaveLength(ids.length - OPTIONS.rowsPerLane);
    expect([...placedIds(layout), ...cluster.eventIds].sort()).toEqual(ids);
    expect(cluster.category).toBe('strike');
    expect(cluster.color).toBe('#112233');
    expect(cluster.from).toBe(Date.UTC(2024, 0, 4));
    expect(cluster.to).toBe(Date.UTC(2024, 0, 5));
    const band = layout.lanes[0]!;
    expect(cluster.y).toBeGreaterThan(band.y + OPTIONS.labelHeight);
    expect(cluster.y).toBeLessThanOrEqual(band.y + band.height);
  });

  it('makes one cluster per crowded spot', () => {
    const { events, categories } = load([
      ...['a', 'b', 'c', 'd'].map((id) => rawEvent(id, '2024-01-04')),
      ...['e', 'f', 'g', 'h', 'i'].map((id) => rawEvent(id, '2024-01-20')),
    ]);
    const layout = layoutTimeline(events, categories, scale(), OPTIONS);
    expect(layout.clusters).toHaveLength(2);
    expect(layout.clusters.map((cluster) => cluster.eventIds.length)).toEqual([1, 2]);
    expect(new Set(layout.clusters.map((cluster) => cluster.key)).size).toBe(2);
  });

  it('always places pinned events, even the last of a crowded day', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const { events, categories } = load(ids.map((id) => rawEvent(id, '2024-01-04')));
    const pinned = ['f', 'e'];
    const layout = layoutTimeline(events, categories, scale(), { ...OPTIONS, pinned });
    for (const id of pinned) {
      expect(placedIds(layout)).toContain(id);
      expect(clusteredIds(layout)).not.toContain(id);
    }
    expect(layout.marks.length + clusteredIds(layout).length).toBe(ids.length);
  });

  it('without pinning, the later events of a crowded day are the ones clustered', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const { events, categories } = load(ids.map((id) => rawEvent(id, '2024-01-04')));
    const layout = layoutTimeline(events, categories, scale(), OPTIONS);
    expect(clusteredIds(layout)).toContain('f');
  });

  it('keeps lanes apart: a crowded lane does not push events of another lane into clusters', () => {
    const { events, categories } = load([
      ...['a', 'b', 'c', 'd'].map((id) => rawEvent(id, '2024-01-04')),
      rawEvent('x', '2024-01-04', 'attack'),
    ]);
    const layout = layoutTimeline(events, categories, scale(), OPTIONS);
    expect(placedIds(layout)).toContain('x');
    expect(clusteredIds(layout)).toEqual(['d']);
  });
});

describe('layoutTimeline: window and shapes', () => {
  it('does not place events outside the window', () => {
    const { events, categories } = load([
      rawEvent('before', '2023-11-15'),
      rawEvent('inside', '2024-01-15'),
      rawEvent('after', '2024-03-15'),
    ]);
    const layout = layoutTimeline(events, categories, scale(), OPTIONS);
    expect(placedIds(layout)).toEqual(['inside']);
    expect(clusteredIds(layout)).toEqual([]);
  });

  it('draws an event with an end as a span from its start to its stop', () => {
    const { events, categories } = load([rawEvent('s', '2024-01-10', 'strike', { end: '2024-01-14' })]);
    const s = scale();
    const layout = layoutTimeline(events, categories, s, OPTIONS);
    const mark = layout.marks[0]!;
    expect(mark.kind).toBe('span');
    expect(mark.x).toBeCloseTo(s(Date.UTC(2024, 0, 10)), 6);
    expect(mark.width).toBeCloseTo(s(Date.UTC(2024, 0, 15)) - s(Date.UTC(2024, 0, 10)), 6);
    expect(mark.width).toBeGreaterThan(0);
  });

  it('draws a day event as a point of no width at noon', () => {
    const { events, categories } = load([rawEvent('p', '2024-01-10')]);
    const s = scale();
    const mark = layoutTimeline(events, categories, s, OPTIONS).marks[0]!;
    expect(mark.kind).toBe('point');
    expect(mark.width).toBe(0);
    expect(mark.x).toBeCloseTo(s(Date.UTC(2024, 0, 10, 12)), 6);
  });

  it('draws a timed event at its minute', () => {
    const { events, categories } = load([rawEvent('t', '2024-01-10T18:30+03:00')]);
    const s = scale();
    const mark = layoutTimeline(events, categories, s, OPTIONS).marks[0]!;
    expect(mark.kind).toBe('point');
    expect(mark.x).toBeCloseTo(s(Date.UTC(2024, 0, 10, 18, 30)), 6);
  });

  it('gives a month-precision event a period covering the month', () => {
    const s = scaleUtc().domain([Date.UTC(2023, 8, 1), Date.UTC(2023, 11, 31)]).range([0, WIDTH]);
    const { events, categories } = load([rawEvent('m', '2023-10')]);
    const mark = layoutTimeline(events, categories, s, OPTIONS).marks[0]!;
    expect(mark.kind).toBe('point');
    expect(mark.periodX0).toBeCloseTo(s(Date.UTC(2023, 9, 1)), 6);
    expect(mark.periodX1).toBeCloseTo(s(Date.UTC(2023, 10, 1)), 6);
    expect(mark.periodX1 - mark.periodX0).toBeGreaterThan(2 * OPTIONS.markRadius);
    expect(mark.x).toBeGreaterThan(mark.periodX0);
    expect(mark.x).toBeLessThan(mark.periodX1);
  });
});

describe('layoutTimeline: invariants over random data (seeded)', () => {
  const CATEGORY_IDS = RAW_CATEGORIES.map((category) => category.id);

  function randomDataset(random: () => number, count: number): Json[] {
    return Array.from({ length: count }, (_, index) => {
      // Days from mid-December to mid-February, so some fall outside the January window.
      const day = new Date(Date.UTC(2023, 11, 15) + Math.floor(random() * 62) * DAY).toISOString().slice(0, 10);
      const category = CATEGORY_IDS[Math.floor(random() * CATEGORY_IDS.length)]!;
      const roll = random();
      let extra: Json = {};
      if (roll < 0.15) {
        const endDay = new Date(Date.parse(day) + Math.floor(1 + random() * 6) * DAY).toISOString().slice(0, 10);
        extra = { end: endDay };
      } else if (roll < 0.2) {
        return rawEvent(`e${index}`, day.slice(0, 7), category);
      }
      return rawEvent(`e${index}`, day, category, extra);
    });
  }

  it('never overlaps marks in a row and accounts for every visible event (50 datasets)', () => {
    const random = prng(314);
    let clusterCount = 0;
    for (let round = 0; round < 50; round++) {
      const { events, categories } = load(randomDataset(random, 20 + Math.floor(random() * 80)));
      const s = scale();
      // One pinned event at most: two pinned on the same spot could not both fit in one row.
      const pinned = events.filter(() => random() < 0.05).slice(0, 1).map((event) => event.id);
      const options = { ...OPTIONS, rowsPerLane: 1 + Math.floor(random() * 3), pinned };
      const layout = layoutTimeline(events, categories, s, options);

      expectNoOverlaps(layout, options.markRadius);

      const placed = placedIds(layout);
      const clustered = clusteredIds(layout);
      clusterCount += layout.clusters.length;
      // Nothing shown twice.
      expect(new Set([...placed, ...clustered]).size).toBe(placed.length + clustered.length);
      // Everything clearly inside the window is shown, as a mark or in a cluster; nothing
      // clearly outside it is (events touching the edges may go either way, by a few pixels).
      const shown = new Set([...placed, ...clustered]);
      const inside = events.filter((event) => event.stop > Date.UTC(2024, 0, 2) && event.start < Date.UTC(2024, 0, 31));
      const outside = events.filter((event) => event.stop <= Date.UTC(2023, 11, 31) || event.start >= Date.UTC(2024, 1, 2));
      for (const event of inside) expect(shown.has(event.id), event.id).toBe(true);
      for (const event of outside) expect(shown.has(event.id), event.id).toBe(false);
      for (const id of pinned) if (inside.some((event) => event.id === id)) expect(placed).toContain(id);
      for (const mark of layout.marks) {
        const band = layout.lanes.find((lane) => lane.category.id === mark.event.category)!;
        expect(mark.y).toBeGreaterThan(band.y + options.labelHeight);
        expect(mark.y).toBeLessThan(band.y + band.height);
      }
    }
    // The data is crowded enough that the loop exercises clustering, not just stacking.
    expect(clusterCount).toBeGreaterThan(10);
  });
});
