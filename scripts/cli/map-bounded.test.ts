import { describe, expect, it } from 'vitest';
import { mapBounded } from './map-bounded.ts';

describe('mapBounded', () => {
  it('never runs more than the limit at once, and keeps the order of the items', async () => {
    let running = 0;
    let most = 0;
    const results = await mapBounded([30, 5, 20, 1, 10, 2, 15], 3, async (delay) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, delay));
      running--;
      return delay * 2;
    });
    expect(most).toBe(3);
    expect(results).toEqual([60, 10, 40, 2, 20, 4, 30]);
  });

  it('copes with no items', async () => {
    expect(await mapBounded([], 6, async () => 1)).toEqual([]);
  });
});
