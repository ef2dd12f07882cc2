import { describe, expect, it } from 'vitest';
import { loadEvents, rawEvent } from '../../explore/test-events.ts';
import { defaultWindowFor, extentOf, timeFrameOf } from './time-frame.ts';
import { fitWindow } from './zoom-window.ts';

const { events } = loadEvents([
  rawEvent('a', '2024-01-01'),
  rawEvent('b', '2024-01-05', { end: '2024-01-12' }),
  rawEvent('c', '2024-06-20'),
]);
const day = (text: string) => Date.parse(`${text}T00:00Z`);
const DAY = 24 * 60 * 60 * 1000;

describe('extentOf', () => {
  it('runs from the first start to the last stop', () => {
    expect(extentOf(events)).toEqual({ from: day('2024-01-01'), to: day('2024-06-21') });
  });

  it('gives four weeks up to now for no events', () => {
    expect(extentOf([], day('2024-02-01'))).toEqual({ from: day('2024-01-04'), to: day('2024-02-01') });
  });
});

describe('defaultWindowFor', () => {
  it('shows all of the data when no event is open', () => {
    expect(defaultWindowFor(events, undefined)).toEqual(fitWindow(timeFrameOf(events).extent));
  });

  it('shows four weeks around the event a link opens', () => {
    const window = defaultWindowFor(events, 'b');
    expect(window.to - window.from).toBe(28 * DAY);
    expect((window.from + window.to) / 2).toBe((day('2024-01-05') + day('2024-01-13')) / 2);
  });

  it('shows all of the data for an id the dataset does not have', () => {
    expect(defaultWindowFor(events, 'nowhere')).toEqual(timeFrameOf(events).fit);
  });

  it('gives every reader the same object for the same dataset and event', () => {
    expect(defaultWindowFor(events, 'b')).toBe(defaultWindowFor(events, 'b'));
    expect(defaultWindowFor(events, undefined)).toBe(timeFrameOf(events).fit);
  });
});
