import { describe, expect, it } from 'vitest';
import type { TimeWindow } from '../../view-store/view-state.ts';
import {
  clampWindow,
  fitWindow,
  panWindow,
  revealInWindow,
  sameWindow,
  windowAround,
  windowForRange,
  zoomLimitsFor,
  zoomWindow,
  type ZoomLimits,
} from './zoom-window.ts';
import { seededRandom as prng } from '../../testing/seeded-random.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** The data: 7 Oct 2023 to 1 Jun 2024 (238 days). */
const EXTENT: TimeWindow = { from: Date.UTC(2023, 9, 7), to: Date.UTC(2024, 5, 1) };
const LIMITS = zoomLimitsFor(EXTENT);
/** A month in the middle of the data, far from its edges. */
const MIDDLE: TimeWindow = { from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 0, 31) };

const span = (window: TimeWindow) => window.to - window.from;
const centre = (window: TimeWindow) => (window.from + window.to) / 2;

/** Float maths on ~1.7e12 ms values: a millisecond is well below anything visible. */
function expectNear(actual: number, expected: number, tolerance = 1) {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

describe('zoomLimitsFor', () => {
  it('allows 6 hours at the closest and three times the data (at least 60 days) at the widest', () => {
    expect(LIMITS.minSpan).toBe(6 * HOUR);
    expect(LIMITS.maxSpan).toBe(span(EXTENT) * 3);
    expect(LIMITS.bounds).toEqual(EXTENT);
  });

  it('never makes the widest zoom narrower than 60 days, even for a single day of data', () => {
    const oneDay = { from: Date.UTC(2024, 0, 4), to: Date.UTC(2024, 0, 5) };
    expect(zoomLimitsFor(oneDay).maxSpan).toBe(60 * DAY);
    expect(zoomLimitsFor({ from: 0, to: 0 }).maxSpan).toBe(60 * DAY);
  });
});

describe('zoomWindow', () => {
  it.each([0, 0.25, 0.5, 0.8, 1])('keeps the time under anchor %s where it is when zooming in', (anchor) => {
    const pivot = MIDDLE.from + span(MIDDLE) * anchor;
    const next = zoomWindow(MIDDLE, 2, anchor, LIMITS);
    expectNear(span(next), span(MIDDLE) / 2);
    expectNear(next.from + span(next) * anchor, pivot);
  });

  it('keeps the anchored time fixed when zooming out too', () => {
    const anchor = 0.3;
    const pivot = MIDDLE.from + span(MIDDLE) * anchor;
    const next = zoomWindow(MIDDLE, 1 / 1.6, anchor, LIMITS);
    expectNear(span(next), span(MIDDLE) * 1.6);
    expectNear(next.from + span(next) * anchor, pivot);
  });

  it('stops at the 6-hour minimum span, still around the anchor', () => {
    const anchor = 0.4;
    const pivot = MIDDLE.from + span(MIDDLE) * anchor;
    const next = zoomWindow(MIDDLE, 1e6, anchor, LIMITS);
    expectNear(span(next), 6 * HOUR);
    expectNear(next.from + span(next) * anchor, pivot);
    // Zooming in again changes nothing.
    const again = zoomWindow(next, 4, anchor, LIMITS);
    expectNear(again.from, next.from);
    expectNear(again.to, next.to);
  });

  it('stops at the maximum span when zooming out', () => {
    const next = zoomWindow(MIDDLE, 1e-6, 0.5, LIMITS);
    expectNear(span(next), LIMITS.maxSpan);
    expect(span(next)).toBeLessThanOrEqual(LIMITS.maxSpan + 1);
  });

  it('zooming in and back out by the same factor returns to the same window', () => {
    const inward = zoomWindow(MIDDLE, 1.6, 0.7, LIMITS);
    const back = zoomWindow(inward, 1 / 1.6, 0.7, LIMITS);
    expect(sameWindow(back, MIDDLE, 1)).toBe(true);
  });
});

describe('panWindow', () => {
  it('shifts by a fraction of the span and keeps the span', () => {
    const later = panWindow(MIDDLE, 0.25, LIMITS);
    expectNear(later.from, MIDDLE.from + span(MIDDLE) * 0.25);
    expectNear(span(later), span(MIDDLE));
    const earlier = panWindow(MIDDLE, -0.5, LIMITS);
    expectNear(earlier.from, MIDDLE.from - span(MIDDLE) * 0.5);
    expectNear(span(earlier), span(MIDDLE));
  });

  it('stops when the window centre reaches the end of the data', () => {
    const far = panWindow(MIDDLE, 100, LIMITS);
    expectNear(centre(far), EXTENT.to);
    expectNear(span(far), span(MIDDLE));
    const farBack = panWindow(MIDDLE, -100, LIMITS);
    expectNear(centre(farBack), EXTENT.from);
  });
});

describe('clampWindow', () => {
  it('leaves a window that is within limits and over the data alone', () => {
    const clamped = clampWindow(MIDDLE, LIMITS);
    expect(clamped.from).toBe(MIDDLE.from);
    expect(clamped.to).toBe(MIDDLE.to);
  });

  it('moves a window entirely after the data back so its centre is on the last moment', () => {
    const after = { from: Date.UTC(2025, 0, 1), to: Date.UTC(2025, 0, 11) };
    const clamped = clampWindow(after, LIMITS);
    expectNear(centre(clamped), EXTENT.to);
    expectNear(span(clamped), 10 * DAY);
  });

  it('moves a window entirely before the data forward so its centre is on the first moment', () => {
    const before = { from: Date.UTC(2020, 0, 1), to: Date.UTC(2020, 0, 3) };
    const clamped = clampWindow(before, LIMITS);
    expectNear(centre(clamped), EXTENT.from);
    expectNear(span(clamped), 2 * DAY);
  });

  it('widens a too-narrow window to the minimum and narrows a too-wide one to the maximum, around the same centre', () => {
    const narrow = { from: MIDDLE.from, to: MIDDLE.from + 1000 };
    const widened = clampWindow(narrow, LIMITS);
    expectNear(span(widened), LIMITS.minSpan);
    expectNear(centre(widened), centre(narrow));

    const wide = { from: EXTENT.from - 1000 * DAY, to: EXTENT.to + 1000 * DAY };
    const narrowed = clampWindow(wide, LIMITS);
    expectNear(span(narrowed), LIMITS.maxSpan);
    expectNear(centre(narrowed), centre(wide));
  });

  it('turns a reversed window into a valid one', () => {
    const reversed = { from: MIDDLE.to, to: MIDDLE.from };
    const clamped = clampWindow(reversed, LIMITS);
    expect(clamped.from).toBeLessThan(clamped.to);
    expectNear(span(clamped), LIMITS.minSpan);
  });
});

describe('fitWindow', () => {
  it('contains the whole extent with a little air on both sides', () => {
    const fitted = fitWindow(EXTENT);
    expect(fitted.from).toBeLessThan(EXTENT.from);
    expect(fitted.to).toBeGreaterThan(EXTENT.to);
    expectNear(centre(fitted), centre(EXTENT));
    expectNear(span(fitted), span(EXTENT) * 1.06);
  });

  it('shows at least two days (plus air) for a single-day extent', () => {
    const oneDay = { from: Date.UTC(2024, 0, 4), to: Date.UTC(2024, 0, 5) };
    const fitted = fitWindow(oneDay);
    expect(fitted.from).toBeLessThan(oneDay.from);
    expect(fitted.to).toBeGreaterThan(oneDay.to);
    expectNear(span(fitted), 2 * DAY * 1.06);
    expectNear(centre(fitted), centre(oneDay));
  });

  it('is left unchanged by clamping with the limits of the same extent', () => {
    const fitted = fitWindow(EXTENT);
    const clamped = clampWindow(fitted, LIMITS);
    expectNear(clamped.from, fitted.from);
    expectNear(clamped.to, fitted.to);
  });
});

describe('windowAround', () => {
  it('centres a window of the given span on a moment', () => {
    const moment = Date.UTC(2024, 1, 10, 12);
    const around = windowAround(moment, 4 * DAY, LIMITS);
    expectNear(centre(around), moment);
    expectNear(span(around), 4 * DAY);
  });
});

describe('revealInWindow', () => {
  it('returns the very same window object when the range is already well inside', () => {
    const start = Date.UTC(2024, 0, 10);
    const stop = Date.UTC(2024, 0, 11);
    expect(revealInWindow(MIDDLE, start, stop, LIMITS)).toBe(MIDDLE);
  });

  it('centres on a range outside the window, keeping the span', () => {
    const start = Date.UTC(2024, 3, 10);
    const stop = Date.UTC(2024, 3, 11);
    const revealed = revealInWindow(MIDDLE, start, stop, LIMITS);
    expect(revealed).not.toBe(MIDDLE);
    expectNear(centre(revealed), (start + stop) / 2);
    expectNear(span(revealed), span(MIDDLE));
    expect(revealed.from).toBeLessThanOrEqual(start);
    expect(revealed.to).toBeGreaterThanOrEqual(stop);
  });

  it('moves for a range that is inside but touches the edge (within the 4% margin)', () => {
    const start = MIDDLE.from;
    const stop = MIDDLE.from + DAY;
    const revealed = revealInWindow(MIDDLE, start, stop, LIMITS);
    expect(revealed).not.toBe(MIDDLE);
    expectNear(centre(revealed), (start + stop) / 2);
  });

  it('widens the window for a range longer than it, so the whole range shows', () => {
    const start = Date.UTC(2023, 10, 1);
    const stop = Date.UTC(2024, 2, 1);
    const revealed = revealInWindow(MIDDLE, start, stop, LIMITS);
    expect(revealed.from).toBeLessThanOrEqual(start);
    expect(revealed.to).toBeGreaterThanOrEqual(stop);
    expectNear(span(revealed), (stop - start) * 1.2);
  });
});

describe('windowForRange', () => {
  it('contains the range, with context around it', () => {
    const from = Date.UTC(2024, 1, 1);
    const to = Date.UTC(2024, 1, 15);
    const window = windowForRange(from, to, LIMITS);
    expect(window.from).toBeLessThan(from);
    expect(window.to).toBeGreaterThan(to);
    expectNear(span(window), (to - from) * 2);
    expectNear(centre(window), (from + to) / 2);
  });

  it('shows at least three days around a short range', () => {
    const from = Date.UTC(2024, 1, 1, 10);
    const to = Date.UTC(2024, 1, 1, 11);
    const window = windowForRange(from, to, LIMITS);
    expectNear(span(window), 3 * DAY);
    expect(window.from).toBeLessThan(from);
    expect(window.to).toBeGreaterThan(to);
  });
});

describe('sameWindow', () => {
  const a = { from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 0, 31) };

  it('treats windows within a minute of each other as the same', () => {
    expect(sameWindow(a, { from: a.from + 60_000, to: a.to - 60_000 })).toBe(true);
    expect(sameWindow(a, { ...a })).toBe(true);
  });

  it('treats windows more than a minute apart at either edge as different', () => {
    expect(sameWindow(a, { from: a.from + 60_001, to: a.to })).toBe(false);
    expect(sameWindow(a, { from: a.from, to: a.to - 60_001 })).toBe(false);
  });

  it('honours a custom tolerance', () => {
    expect(sameWindow(a, { from: a.from + 5 * 60_000, to: a.to }, 10 * 60_000)).toBe(true);
    expect(sameWindow(a, { from: a.from + 1, to: a.to }, 0)).toBe(false);
  });

  it('compares missing windows by identity', () => {
    expect(sameWindow(undefined, undefined)).toBe(true);
    expect(sameWindow(a, undefined)).toBe(false);
    expect(sameWindow(undefined, a)).toBe(false);
  });
});

describe('invariants over random windows (seeded)', () => {
  function randomWindow(random: () => number, limits: ZoomLimits): TimeWindow {
    const bounds = limits.bounds;
    // Anywhere from well before to well after the data, from 1 minute to 4× the max span.
    const from = bounds.from - 400 * DAY + random() * (span(bounds) + 800 * DAY);
    const length = 60_000 + random() * limits.maxSpan * 4;
    return { from, to: from + length };
  }

  function expectValid(window: TimeWindow, limits: ZoomLimits) {
    expect(window.from).toBeLessThan(window.to);
    expect(span(window)).toBeGreaterThanOrEqual(limits.minSpan - 1);
    expect(span(window)).toBeLessThanOrEqual(limits.maxSpan + 1);
    expect(centre(window)).toBeGreaterThanOrEqual(limits.bounds.from - 1);
    expect(centre(window)).toBeLessThanOrEqual(limits.bounds.to + 1);
  }

  it('zoomWindow always gives a valid window (200 cases)', () => {
    const random = prng(42);
    for (let i = 0; i < 200; i++) {
      const window = clampWindow(randomWindow(random, LIMITS), LIMITS);
      const factor = Math.exp((random() - 0.5) * 8); // 1/55 .. 55
      const anchor = random();
      expectValid(zoomWindow(window, factor, anchor, LIMITS), LIMITS);
    }
  });

  it('clampWindow always gives a valid window, even from wild input (200 cases)', () => {
    const random = prng(7);
    for (let i = 0; i < 200; i++) expectValid(clampWindow(randomWindow(random, LIMITS), LIMITS), LIMITS);
  });

  it('panWindow keeps the span of a valid window and stays valid (200 cases)', () => {
    const random = prng(1234);
    for (let i = 0; i < 200; i++) {
      const window = clampWindow(randomWindow(random, LIMITS), LIMITS);
      const fraction = (random() - 0.5) * 6;
      const panned = panWindow(window, fraction, LIMITS);
      expectValid(panned, LIMITS);
      expectNear(span(panned), span(window));
    }
  });

  it('zooming away from the edges keeps the anchored time fixed (200 cases)', () => {
    const random = prng(99);
    for (let i = 0; i < 200; i++) {
      // A window of 1–20 days well inside the data, zoomed by at most 2× either way.
      const length = DAY + random() * 19 * DAY;
      const from = EXTENT.from + 60 * DAY + random() * (span(EXTENT) - 120 * DAY - length);
      const window = { from, to: from + length };
      const anchor = random();
      const factor = Math.exp((random() - 0.5) * Math.LN2 * 2);
      const next = zoomWindow(window, factor, anchor, LIMITS);
      expectNear(next.from + span(next) * anchor, from + length * anchor);
    }
  });

  it('revealInWindow always shows the whole range when it fits (200 cases)', () => {
    const random = prng(2024);
    for (let i = 0; i < 200; i++) {
      const window = clampWindow(randomWindow(random, LIMITS), LIMITS);
      // Ranges inside the data, so clamping never has to move the window off them.
      const start = EXTENT.from + random() * (span(EXTENT) - 21 * DAY);
      const stop = start + HOUR + random() * 20 * DAY;
      const revealed = revealInWindow(window, start, stop, LIMITS);
      expectValid(revealed, LIMITS);
      expect(revealed.from).toBeLessThanOrEqual(start + 1);
      expect(revealed.to).toBeGreaterThanOrEqual(stop - 1);
    }
  });
});
