import { describe, expect, it } from 'vitest';
import { loadEvents, rawEvent } from '../../explore/test-events.ts';
import { markLabel } from './mark-label.ts';

describe('markLabel', () => {
  it('names the date and title, and a status short of confirmed', () => {
    const { events } = loadEvents([
      rawEvent('a', '2024-01-04', { title: 'Strike', status: 'confirmed' }),
      rawEvent('b', '2024-01-05', { title: 'Drone attack', status: 'claimed' }),
      rawEvent('c', '2024-01-06', { title: 'Blast' }),
    ]);
    expect(events.map(markLabel)).toEqual(['4 Jan 2024: Strike', '5 Jan 2024: Drone attack (claimed)', '6 Jan 2024: Blast']);
  });
});
