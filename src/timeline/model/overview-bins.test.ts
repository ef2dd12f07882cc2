import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../data/parse-dataset.ts';
import type { TimelineEvent } from '../../data/timeline-event.ts';
import { seededRandom } from '../../testing/seeded-random.ts';
import { barAt, BIN_INTERVALS, binStart, binUnitFor, countByBin, layoutHistogram, statusesInBin } from './overview-bins.ts';
import { loadEvents, rawEvent } from '../../explore/test-events.ts';

const DAY = 24 * 60 * 60 * 1000;
const JAN_1 = Date.UTC(2024, 0, 1);

function events(...specs: [string, string, string][]): readonly TimelineEvent[] {
  const { dataset, skipped } = parseDataset({
    version: 1,
    title: 'Test',
    categories: ['a', 'b', 'c'].map((id) => ({ id, label: id.toUpperCase() })),
    events: specs.map(([id, date, category]) => ({
      id,
      date,
      category,
      title: id,
      sources: [{ url: 'https://example.org/', title: 'Report', publisher: 'Example' }],
    })),
  });
  expect(skipped).toEqual([]);
  return dataset.events;
}

describe('binUnitFor', () => {
  const extent = { from: JAN_1, to: JAN_1 + 100 * DAY };

  it('uses days when a day is 3 px wide at the window\'s scale', () => {
    expect(binUnitFor(extent, { from: JAN_1, to: JAN_1 + 100 * DAY }, 300)).toBe('day'); // 3 px
    expect(binUnitFor(extent, { from: JAN_1, to: JAN_1 + 100 * DAY }, 299)).toBe('week');
  });

  it('follows the zoom: the same strip switches to days when the window narrows', () => {
    expect(binUnitFor(extent, extent, 200)).toBe('week'); // 2 px a day
    expect(binUnitFor(extent, { from: JAN_1, to: JAN_1 + 50 * DAY }, 200)).toBe('day'); // 4 px
  });

  it('keeps weeks when a day would be under 1 px in the strip itself', () => {
    const long = { from: JAN_1, to: JAN_1 + 1000 * DAY };
    expect(binUnitFor(long, { from: JAN_1, to: JAN_1 + 10 * DAY }, 500)).toBe('week');
  });
});

describe('binStart', () => {
  it('agrees with d3’s UTC day and week floors, before and after 1970, at bin edges and between', () => {
    const random = seededRandom(3);
    const DAY = 24 * 60 * 60 * 1000;
    const times = [0, -1, 1, DAY - 1, -DAY, Date.UTC(2024, 0, 7), Date.UTC(2024, 0, 7) - 1, Date.UTC(1969, 11, 28, 12)];
    for (let i = 0; i < 2000; i++) times.push(Math.round((random() - 0.3) * 4e12));
    for (const time of times) {
      for (const unit of ['day', 'week'] as const) {
        expect(binStart(unit, time), `${unit} ${new Date(time).toISOString()}`).toBe(+BIN_INTERVALS[unit].floor(new Date(time)));
      }
    }
  });
});

describe('countByBin', () => {
  it('counts per bin and category, with unknown categories under null', () => {
    const list = events(['x', '2024-01-08', 'a'], ['y', '2024-01-09', 'b'], ['z', '2024-01-09', 'a'], ['w', '2024-01-09', 'c']);
    const bins = countByBin(list, 'week', new Set(['a', 'b']));
    expect([...bins.keys()]).toEqual([Date.UTC(2024, 0, 7)]);
    expect(Object.fromEntries(bins.get(Date.UTC(2024, 0, 7))!)).toEqual({ a: 2, b: 1, null: 1 });
  });

  it('does not change its input', () => {
    const list = events(['x', '2024-01-08', 'a']);
    const before = JSON.stringify(list);
    countByBin(list, 'day');
    expect(JSON.stringify(list)).toBe(before);
  });
});

describe('layoutHistogram', () => {
  const x = scaleUtc().domain([JAN_1, JAN_1 + 10 * DAY]).range([0, 100]); // 10 px a day

  it('stacks segments bottom-up in category order, their heights adding up to the bar', () => {
    const list = events(['p', '2024-01-02', 'b'], ['q', '2024-01-02', 'a'], ['r', '2024-01-02', 'b'], ['s', '2024-01-03', 'c']);
    const bars = layoutHistogram(list, 'day', x, 30, ['a', 'b', 'c']);
    const busy = bars.find((bar) => bar.key === Date.UTC(2024, 0, 2))!;
    expect(busy.count).toBe(3);
    expect(busy.segments.map((segment) => segment.category)).toEqual(['a', 'b']);
    expect(busy.segments[0]!.y + busy.segments[0]!.height).toBeCloseTo(30, 6); // on the baseline
    expect(busy.segments[0]!.height).toBeCloseTo(10, 6);
    expect(busy.segments[1]!.height).toBeCloseTo(20, 6);
    expect(busy.segments[1]!.y + busy.segments[1]!.height).toBeCloseTo(busy.segments[0]!.y, 6); // touching
    const quiet = bars.find((bar) => bar.key === Date.UTC(2024, 0, 3))!;
    expect(quiet.height).toBeCloseTo(10, 6);
    expect(quiet.segments).toEqual([{ category: 'c', count: 1, y: expect.closeTo(20, 6), height: expect.closeTo(10, 6) }]);
  });

  it('puts events outside the listed categories on top, and draws one plain segment without a list', () => {
    const list = events(['p', '2024-01-02', 'c'], ['q', '2024-01-02', 'a']);
    expect(layoutHistogram(list, 'day', x, 30, ['a'])[0]!.segments.map((s) => s.category)).toEqual(['a', null]);
    expect(layoutHistogram(list, 'day', x, 30)[0]!.segments).toEqual([{ category: null, count: 2, y: 0, height: 30 }]);
  });

  it('keeps a lone event in a busy histogram at least 2 px tall', () => {
    const list = events(...Array.from({ length: 40 }, (_, i) => [`e${i}`, '2024-01-02', 'a'] as [string, string, string]), ['z', '2024-01-05', 'b']);
    const lone = layoutHistogram(list, 'day', x, 30, ['a', 'b']).find((bar) => bar.key === Date.UTC(2024, 0, 5))!;
    expect(lone.height).toBe(2);
    expect(lone.segments[0]!.height).toBeCloseTo(2, 6);
  });

  it('finds the bar under a pixel, counting the gap after it', () => {
    const bars = layoutHistogram(events(['p', '2024-01-02', 'a']), 'day', x, 30, ['a']);
    expect(barAt(bars, 10)?.key).toBe(Date.UTC(2024, 0, 2));
    expect(barAt(bars, 19.5)?.key).toBe(Date.UTC(2024, 0, 2));
    expect(barAt(bars, 25)).toBeUndefined();
  });

  it('finds the nearest bar within reach of a pixel between bars', () => {
    const list = events(['p', '2024-01-02', 'a'], ['q', '2024-01-05', 'a']);
    const bars = layoutHistogram(list, 'day', x, 30, ['a']); // bars at 10–19 and 40–49
    expect(barAt(bars, 23, 4)?.key).toBe(Date.UTC(2024, 0, 2));
    expect(barAt(bars, 37, 4)?.key).toBe(Date.UTC(2024, 0, 5));
    expect(barAt(bars, 30, 4)).toBeUndefined();
  });
});

describe('statusesInBin', () => {
  it('counts the events of one bar by claim status, in the statuses order, leaving out events without one', () => {
    const { events } = loadEvents([
      rawEvent('a', '2024-01-03', { status: 'claimed' }),
      rawEvent('b', '2024-01-04', { status: 'claimed' }),
      rawEvent('c', '2024-01-04', { status: 'confirmed' }),
      rawEvent('d', '2024-01-04'),
      rawEvent('e', '2024-01-05', { status: 'disputed' }),
    ]);
    expect(statusesInBin(events, 'day', Date.UTC(2024, 0, 4))).toEqual([
      ['confirmed', 1],
      ['claimed', 1],
    ]);
    expect(statusesInBin(events, 'day', Date.UTC(2024, 0, 6))).toEqual([]);
  });
});
