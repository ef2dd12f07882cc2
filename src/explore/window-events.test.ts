import { describe, expect, it } from 'vitest';
import { eventsInWindow } from './window-events.ts';
import { loadEvents, rawEvent } from './test-events.ts';

const { events } = loadEvents([
  rawEvent('a', '2024-01-01'),
  rawEvent('b', '2024-01-05', { end: '2024-01-12' }),
  rawEvent('c', '2024-01-20'),
]);
const day = (text: string) => Date.parse(`${text}T00:00Z`);

describe('eventsInWindow', () => {
  it('keeps events that overlap the window, spans included, stop exclusive', () => {
    const ids = (from: string, to: string) => eventsInWindow(events, { from: day(from), to: day(to) }).map((event) => event.id);
    expect(ids('2024-01-10', '2024-01-15')).toEqual(['b']);
    expect(ids('2024-01-02', '2024-01-05')).toEqual([]);
    expect(ids('2023-12-01', '2024-02-01')).toEqual(['a', 'b', 'c']);
  });
});
