import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../data/parse-dataset.ts';
import type { Series, SeriesPoint, TimelineEvent } from '../../data/timeline-event.ts';
import type { TimeWindow } from '../../view-store/view-state.ts';
import { rawEvent } from '../../explore/test-events.ts';
import { computeOverview, describeSeriesPoint, formatSeriesValue, latestPointBefore, seriesPointNear } from './overview-model.ts';

type Json = Record<string, unknown>;

const DAY = 24 * 60 * 60 * 1000;

function load(events: Json[], points: Json[] = []): { events: readonly TimelineEvent[]; series: Series } {
  const { dataset, skipped } = parseDataset({
    version: 1,
    title: 'Test',
    categories: [{ id: 'strike', label: 'Strikes' }, { id: 'talks', label: 'Talks' }],
    events,
    series: [{ id: 'ships', label: 'Ships attacked', unit: 'ships', points }],
  });
  expect(skipped).toEqual([]);
  return { events: dataset.events, series: dataset.series[0]! };
}

/** 1 Jan to 1 Mar 2024 (60 days) over 600 px: 10 px a day, so the bars are days. */
const EXTENT: TimeWindow = { from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 2, 1) };
const WIDTH = 600;
const BAR_HEIGHT = 40;
const WINDOW: TimeWindow = { from: Date.UTC(2024, 0, 16), to: Date.UTC(2024, 1, 15) };

describe('computeOverview: bars', () => {
  it('has one bar per event when each event is on its own day', () => {
    const { events } = load([rawEvent('a', '2024-01-04'), rawEvent('b', '2024-01-10'), rawEvent('c', '2024-02-20')]);
    const model = computeOverview(EXTENT, WINDOW, events, undefined, WIDTH, BAR_HEIGHT);
    expect(model.bars).toHaveLength(events.length);
    for (const bar of model.bars) expect(bar.count).toBe(1);
    const first = model.bars.find((bar) => bar.key === Date.UTC(2024, 0, 4))!;
    expect(first.x).toBeCloseTo(30, 6);
    expect(first.width).toBeCloseTo(9, 6); // a 10 px day less a 1 px gap
    expect(first.height).toBeCloseTo(BAR_HEIGHT, 6);
  });

  it('counts events on the same day into one bar, scaled to the busiest day', () => {
    const { events } = load([
      rawEvent('a', '2024-01-04'),
      rawEvent('b', '2024-01-04'),
      rawEvent('c', '2024-01-04'),
      rawEvent('d', '2024-01-04T23:59Z'),
      rawEvent('e', '2024-01-05T00:00Z'),
    ]);
    const model = computeOverview(EXTENT, WINDOW, events, undefined, WIDTH, BAR_HEIGHT);
    expect(model.bars).toHaveLength(2);
    const busy = model.bars.find((bar) => bar.key === Date.UTC(2024, 0, 4))!;
    const quiet = model.bars.find((bar) => bar.key === Date.UTC(2024, 0, 5))!;
    expect(busy.count).toBe(4);
    expect(quiet.count).toBe(1);
    expect(busy.height).toBeCloseTo(BAR_HEIGHT, 6);
    expect(quiet.height).toBeCloseTo(BAR_HEIGHT / 4, 6);
    expect(model.bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(events.length);
  });

  it('bins by week when days would be narrower than 3 px at the window\'s scale', () => {
    const { events } = load([rawEvent('a', '2024-01-08'), rawEvent('b', '2024-01-10'), rawEvent('c', '2024-01-13')]);
    const model = computeOverview(EXTENT, EXTENT, events, undefined, 120, BAR_HEIGHT); // 2 px a day
    expect(model.bin).toBe('week');
    expect(model.bars).toHaveLength(1);
    expect(model.bars[0]!.count).toBe(3);
    expect(model.bars[0]!.key).toBe(Date.UTC(2024, 0, 7)); // weeks start on Sunday, in UTC
  });

  it('bins by day once the window is zoomed in far enough, over the same strip', () => {
    const { events } = load([rawEvent('a', '2024-01-08'), rawEvent('b', '2024-01-10'), rawEvent('c', '2024-01-13')]);
    const model = computeOverview(EXTENT, WINDOW, events, undefined, 120, BAR_HEIGHT); // 30-day window: 4 px a day
    expect(model.bin).toBe('day');
    expect(model.bars.map((bar) => bar.key)).toEqual([Date.UTC(2024, 0, 8), Date.UTC(2024, 0, 10), Date.UTC(2024, 0, 13)]);
    expect(model.bars[0]!.x).toBeCloseTo(14, 6); // still placed over the whole extent, 2 px a day
  });

  it('stacks each bar by category in the given order', () => {
    const { events } = load([
      { ...rawEvent('a', '2024-01-04'), category: 'strike' },
      { ...rawEvent('b', '2024-01-04'), category: 'talks' },
      { ...rawEvent('c', '2024-01-04'), category: 'strike' },
    ]);
    const model = computeOverview(EXTENT, WINDOW, events, undefined, WIDTH, BAR_HEIGHT, ['talks', 'strike']);
    const [bar] = model.bars;
    expect(bar!.segments.map((segment) => [segment.category, segment.count])).toEqual([['talks', 1], ['strike', 2]]);
    expect(bar!.segments[0]!.y + bar!.segments[0]!.height).toBeCloseTo(BAR_HEIGHT, 6);
    expect(bar!.segments[1]!.y).toBeCloseTo(0, 6);
  });

  it('has no bars without events', () => {
    const model = computeOverview(EXTENT, WINDOW, [], undefined, WIDTH, BAR_HEIGHT);
    expect(model.bars).toEqual([]);
    expect(model.seriesPath).toBeNull();
  });
});

describe('computeOverview: window and axis', () => {
  it('places the window in pixels over the extent', () => {
    const model = computeOverview(EXTENT, WINDOW, [], undefined, WIDTH, BAR_HEIGHT);
    expect(model.windowX0).toBeCloseTo(150, 6); // 15 days in
    expect(model.windowX1).toBeCloseTo(450, 6); // 45 days in
  });

  it('maps pixels back to times', () => {
    const model = computeOverview(EXTENT, WINDOW, [], undefined, WIDTH, BAR_HEIGHT);
    expect(model.toTime(0)).toBe(EXTENT.from);
    expect(model.toTime(WIDTH)).toBe(EXTENT.to);
    expect(Math.abs(model.toTime(model.windowX0) - WINDOW.from)).toBeLessThan(1000);
    expect(Math.abs(model.toTime(100) - (EXTENT.from + 10 * DAY))).toBeLessThan(1000);
  });

  it('has axis ticks inside the strip', () => {
    const model = computeOverview(EXTENT, WINDOW, [], undefined, WIDTH, BAR_HEIGHT);
    expect(model.ticks.length).toBeGreaterThan(0);
    for (const tick of model.ticks) {
      expect(tick.x).toBeGreaterThanOrEqual(0);
      expect(tick.x).toBeLessThanOrEqual(WIDTH);
    }
  });
});

describe('computeOverview: series path', () => {
  function numbersOf(path: string): number[] {
    return (path.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
  }

  it('draws a step line from the first statement to the last, and no further', () => {
    const { series } = load([], [
      { date: '2024-01-11', value: 50 },
      { date: '2024-01-31', value: 100 },
      { date: '2024-02-10', value: 25 },
    ]);
    const model = computeOverview(EXTENT, WINDOW, [], series, WIDTH, BAR_HEIGHT);
    const path = model.seriesPath!;
    expect(path).toMatch(/^M[^MHV]+H[^MHV]+V[^MHV]+H[^MHV]+V[^MHV]+$/);
    const [x0, y0, h1, v1, h2, v2] = numbersOf(path);
    expect(x0).toBeCloseTo(100, 6); // 11 Jan is 10 days in
    expect(h1).toBeCloseTo(300, 6);
    expect(h2).toBeCloseTo(400, 6); // 10 Feb, the last statement: the line ends here
    // y runs from BAR_HEIGHT (zero) up to 2 (the largest value).
    expect(v1).toBeCloseTo(2, 6);
    expect(y0).toBeCloseTo(BAR_HEIGHT - (BAR_HEIGHT - 2) / 2, 6);
    expect(v2).toBeCloseTo(BAR_HEIGHT - (BAR_HEIGHT - 2) / 4, 6);
  });

  it('leaves the stretch after the last statement as a gap, not a held figure', () => {
    const { series } = load([], [
      { date: '2024-01-11', value: 50 },
      { date: '2024-02-10', value: 25 },
    ]);
    const model = computeOverview(EXTENT, WINDOW, [], series, WIDTH, BAR_HEIGHT);
    expect(model.seriesPath).not.toContain(`H${WIDTH}`);
    expect(model.seriesGap).toEqual({ x0: expect.closeTo(400, 6), x1: WIDTH, y: expect.closeTo(BAR_HEIGHT - (BAR_HEIGHT - 2) / 2, 6) });
  });

  it('runs the gap to the right edge; none when the last statement is at the edge, or none was made', () => {
    const { series } = load([], [{ date: '2024-02-29', value: 5 }]);
    // The strip ends with 29 Feb, so the statement sits a day's width (10 px) from the edge.
    expect(computeOverview(EXTENT, WINDOW, [], series, WIDTH, BAR_HEIGHT).seriesGap?.x0).toBeCloseTo(590, 6);
    const lateOne = load([], [{ date: '2024-03-01T00:00Z', value: 5 }]).series;
    expect(computeOverview(EXTENT, WINDOW, [], lateOne, WIDTH, BAR_HEIGHT).seriesGap).toBeNull();
    expect(computeOverview(EXTENT, WINDOW, [], load([], []).series, WIDTH, BAR_HEIGHT).seriesGap).toBeNull();
  });

  it('widens the strip to a statement made after the last event', () => {
    const { series } = load([], [{ date: '2024-03-10', value: 5 }]);
    const model = computeOverview(EXTENT, WINDOW, [], series, WIDTH, BAR_HEIGHT);
    expect(model.toTime(WIDTH)).toBe(Date.UTC(2024, 2, 11)); // to the end of 10 Mar
    expect(model.seriesPoints[0]!.x).toBeLessThan(WIDTH);
    expect(model.seriesPoints[0]!.x).toBeGreaterThan(WIDTH * 0.95);
  });

  it('places a dot for each statement and finds the nearest to a pixel', () => {
    const { series } = load([], [
      { date: '2024-01-11', value: 50 },
      { date: '2024-01-13', value: 60 },
    ]);
    const model = computeOverview(EXTENT, WINDOW, [], series, WIDTH, BAR_HEIGHT);
    expect(model.seriesPoints.map((point) => point.x)).toEqual([100, 120].map((x) => expect.closeTo(x, 6)));
    expect(seriesPointNear(model.seriesPoints, 108)?.index).toBe(0);
    expect(seriesPointNear(model.seriesPoints, 112)?.index).toBe(1);
    expect(seriesPointNear(model.seriesPoints, 300)).toBeUndefined();
  });

  it('is null for a series without points', () => {
    const { series } = load([], []);
    expect(computeOverview(EXTENT, WINDOW, [], series, WIDTH, BAR_HEIGHT).seriesPath).toBeNull();
  });
});

describe('formatSeriesValue', () => {
  const point = (value: number, qualifier?: SeriesPoint['qualifier']): SeriesPoint => ({
    date: { text: '2024-01-04', precision: 'day', start: Date.UTC(2024, 0, 4), end: Date.UTC(2024, 0, 5), offsetMinutes: null },
    value,
    qualifier,
  });

  it('says a figure as precisely as it was stated', () => {
    expect(formatSeriesValue(point(150, 'approx'))).toBe('about 150');
    expect(formatSeriesValue(point(13, 'at-least'))).toBe('at least 13');
    expect(formatSeriesValue(point(165, 'more-than'))).toBe('more than 165');
    expect(formatSeriesValue(point(121))).toBe('121');
  });

  it('groups thousands in British style', () => {
    expect(formatSeriesValue(point(12500, 'approx'))).toBe('about 12,500');
    expect(formatSeriesValue(point(1234567))).toBe('1,234,567');
  });
});

describe('describeSeriesPoint', () => {
  it('gives the figure with its qualifier and unit, the date and who stated it', () => {
    const { series } = load([], [{ date: '2024-02-13', value: 165, qualifier: 'more-than', note: 'Singh' }]);
    expect(describeSeriesPoint(series.points[0]!, 'attacks')).toBe('more than 165 attacks by 13 Feb 2024, stated by Singh');
  });

  it('leaves out what the point does not say', () => {
    const { series } = load([], [{ date: '2023-10', value: 13, qualifier: 'at-least' }]);
    expect(describeSeriesPoint(series.points[0]!, '')).toBe('at least 13 by Oct 2023');
  });
});

describe('latestPointBefore', () => {
  const { series } = load([], [
    { date: '2024-01-20', value: 3 },
    { date: '2024-01-04', value: 1 },
    { date: '2024-01-10', value: 2 },
  ]);

  it('picks the last point that starts before the time', () => {
    expect(latestPointBefore(series, Date.UTC(2024, 0, 15))?.value).toBe(2);
    expect(latestPointBefore(series, Date.UTC(2024, 5, 1))?.value).toBe(3);
  });

  it('excludes a point that starts exactly at the time', () => {
    expect(latestPointBefore(series, Date.UTC(2024, 0, 10))?.value).toBe(1);
    expect(latestPointBefore(series, Date.UTC(2024, 0, 10) + 1)?.value).toBe(2);
  });

  it('is undefined before the first point', () => {
    expect(latestPointBefore(series, Date.UTC(2024, 0, 4))).toBeUndefined();
    expect(latestPointBefore(series, Date.UTC(2023, 0, 1))).toBeUndefined();
  });
});
