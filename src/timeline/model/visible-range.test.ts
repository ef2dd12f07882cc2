import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../data/timeline-event.ts';
import { candidateRange, createTimeIndex, eventsInWindow, LONG_EVENT_MS, positionsInWindow } from './visible-range.ts';
import { seededRandom as prng } from '../../testing/seeded-random.ts';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2020, 0, 1);

/** Just what the index reads: id, category, date, start and stop. */
function event(id: string, start: number, stop: number): TimelineEvent {
  return { id, category: 'a', date: { precision: 'day', start, end: stop }, start, stop } as TimelineEvent;
}

/** Sorted by start, then stop, as parse-dataset.ts sorts: days, some months, a few long spans. */
function randomEvents(random: () => number, count: number): TimelineEvent[] {
  const events = Array.from({ length: count }, (_, index) => {
    const start = T0 + Math.floor(random() * 1000) * DAY;
    const roll = random();
    const duration = roll < 0.02 ? (50 + random() * 400) * DAY : roll < 0.1 ? 31 * DAY : DAY;
    return event(`e${index}`, start, start + duration);
  });
  return events.sort((a, b) => a.start - b.start || a.stop - b.stop);
}

const bruteForce = (events: readonly TimelineEvent[], from: number, to: number) =>
  events.filter((item) => item.stop > from && item.start < to);

describe('eventsInWindow', () => {
  it('finds exactly the events that reach into the window, in time order (random windows)', () => {
    const random = prng(7);
    const events = randomEvents(random, 3000);
    const index = createTimeIndex(events);
    for (let round = 0; round < 200; round++) {
      const from = T0 + (random() * 1100 - 50) * DAY;
      const to = from + random() * 200 * DAY;
      expect(eventsInWindow(index, from, to).map((item) => item.id)).toEqual(bruteForce(events, from, to).map((item) => item.id));
    }
  });

  it('treats stop as exclusive and start as inclusive', () => {
    const events = [event('a', T0, T0 + DAY), event('b', T0 + DAY, T0 + 2 * DAY)];
    const index = createTimeIndex(events);
    expect(eventsInWindow(index, T0 + DAY, T0 + 1.5 * DAY).map((item) => item.id)).toEqual(['b']);
    expect(eventsInWindow(index, T0, T0 + DAY).map((item) => item.id)).toEqual(['a']);
    expect(eventsInWindow(index, T0 - DAY, T0)).toEqual([]);
  });

  it('keeps a long event that started long before the window', () => {
    const long = event('long', T0, T0 + 400 * DAY);
    const days = Array.from({ length: 300 }, (_, i) => event(`d${i}`, T0 + (i + 1) * DAY, T0 + (i + 2) * DAY));
    const index = createTimeIndex([long, ...days]);
    expect(index.long).toEqual([0]);
    const found = eventsInWindow(index, T0 + 350 * DAY, T0 + 351 * DAY).map((item) => item.id);
    expect(found).toEqual(['long']);
  });

  it('searches only near the window, however many events come before it', () => {
    const events = Array.from({ length: 100_000 }, (_, i) => event(`d${i}`, T0 + i * 60_000, T0 + i * 60_000 + DAY));
    const index = createTimeIndex(events);
    const from = T0 + 90_000 * 60_000;
    const { lo, hi } = candidateRange(index, from, from + 60 * 60_000);
    // One day of minutes before the window (the longest duration), plus the hour itself.
    expect(hi - lo).toBeLessThanOrEqual(24 * 60 + 61);
    expect(eventsInWindow(index, from, from + 60 * 60_000)).toHaveLength(24 * 60 + 59);
  });

  it('leaves the events untouched and returns a new array', () => {
    const events = Object.freeze(randomEvents(prng(3), 200).map((item) => Object.freeze(item)));
    const index = createTimeIndex(events);
    const all = eventsInWindow(index, -Infinity, Infinity);
    expect(all).not.toBe(events);
    expect(all).toEqual(events);
    expect(LONG_EVENT_MS).toBeGreaterThan(31 * DAY);
  });

  it('keeps the numbers a layout reads in typed columns, by position', () => {
    const day = { ...event('day', T0, T0 + DAY), category: 'x' };
    const timed = { ...event('timed', T0 + 3_600_000, T0 + 3_660_000), category: 'y', date: { precision: 'minute', start: T0 + 3_600_000, end: T0 + 3_660_000 } } as TimelineEvent;
    const span = { ...event('span', T0 + DAY, T0 + 5 * DAY), date: { precision: 'day', start: T0 + DAY, end: T0 + 2 * DAY }, end: {} } as TimelineEvent;
    const index = createTimeIndex([day, timed, span]);
    expect([...index.centre]).toEqual([T0 + DAY / 2, T0 + 3_600_000, T0 + 1.5 * DAY]);
    expect([...index.hasEnd]).toEqual([0, 0, 1]);
    expect(index.categoryIds).toEqual(['x', 'y', 'a']);
    expect([...index.category]).toEqual([0, 1, 2]);
    expect(index.positionOf('span')).toBe(2);
    expect(index.positionOf('no-such-event')).toBeUndefined();
    expect([...positionsInWindow(index, T0 + 2 * DAY, T0 + 3 * DAY)]).toEqual([2]);
  });

  it('handles an empty dataset', () => {
    expect(eventsInWindow(createTimeIndex([]), 0, 1)).toEqual([]);
  });
});
