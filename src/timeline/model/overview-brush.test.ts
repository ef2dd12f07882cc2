import { describe, expect, it } from 'vitest';
import { brushWindow, centredWindow, gestureAt, isClick, movedWindow } from './overview-brush.ts';
import { zoomLimitsFor } from './zoom-window.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const JAN_1 = Date.UTC(2024, 0, 1);
/** 100 days over 1000 px: 10 px a day. */
const EXTENT = { from: JAN_1, to: JAN_1 + 100 * DAY };
const LIMITS = zoomLimitsFor(EXTENT);
const toTime = (x: number) => JAN_1 + (x / 10) * DAY;

describe('brushWindow', () => {
  it('turns the brushed pixels into a window snapped outwards to whole days', () => {
    const window = brushWindow(105, 312, toTime, LIMITS); // 11 Jan 12:00 to 1 Feb 04:48
    expect(window).toEqual({ from: Date.UTC(2024, 0, 11), to: Date.UTC(2024, 1, 2) });
  });

  it('does not mind which way the brush went', () => {
    expect(brushWindow(312, 105, toTime, LIMITS)).toEqual(brushWindow(105, 312, toTime, LIMITS));
  });

  it('keeps a brush shorter than a day unsnapped', () => {
    const window = brushWindow(100, 105, toTime, LIMITS); // 12 hours
    expect(window).toEqual({ from: toTime(100), to: toTime(105) });
  });

  it('grows a brush shorter than the smallest window around its middle', () => {
    const window = brushWindow(100, 101, toTime, LIMITS); // 2.4 hours
    expect(window.to - window.from).toBe(LIMITS.minSpan);
    expect((window.from + window.to) / 2).toBeCloseTo(toTime(100.5), -1);
  });
});

describe('gestureAt', () => {
  it('moves a narrow window when pressed on it and brushes elsewhere', () => {
    expect(gestureAt(150, 100, 300, 1000)).toBe('move');
    expect(gestureAt(50, 100, 300, 1000)).toBe('brush');
    expect(gestureAt(350, 100, 300, 1000)).toBe('brush');
  });

  it('brushes anywhere while the window covers most of the strip (the whole-timeline view)', () => {
    expect(gestureAt(500, -30, 1030, 1000)).toBe('brush');
    expect(gestureAt(500, 50, 900, 1000)).toBe('brush');
  });
});

describe('clicks and drags', () => {
  it('treats a press that moves less than 4 px as a click', () => {
    expect(isClick(100, 103)).toBe(true);
    expect(isClick(100, 96.5)).toBe(true);
    expect(isClick(100, 104)).toBe(false);
  });

  it('centres the same span on a click', () => {
    const window = centredWindow({ from: JAN_1, to: JAN_1 + 10 * DAY }, 500, toTime, LIMITS);
    expect(window).toEqual({ from: JAN_1 + 45 * DAY, to: JAN_1 + 55 * DAY });
  });

  it('moves the window by the time under the pointer\'s travel, from where the press began', () => {
    const start = { from: JAN_1 + 10 * DAY, to: JAN_1 + 20 * DAY };
    expect(movedWindow(start, 150, 200, toTime, LIMITS)).toEqual({ from: JAN_1 + 15 * DAY, to: JAN_1 + 25 * DAY });
    expect(start).toEqual({ from: JAN_1 + 10 * DAY, to: JAN_1 + 20 * DAY });
  });

  it('stops a dragged window from leaving the data', () => {
    const moved = movedWindow({ from: JAN_1 + 80 * DAY, to: JAN_1 + 90 * DAY }, 850, 5000, toTime, LIMITS);
    expect((moved.from + moved.to) / 2).toBe(EXTENT.to);
  });
});
