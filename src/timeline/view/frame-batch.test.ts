import { describe, expect, it } from 'vitest';
import { frameBatch } from './frame-batch.ts';

function fakeFrames() {
  const queued = new Map<number, () => void>();
  let next = 1;
  return {
    schedule: (run: () => void) => (queued.set(next, run), next++),
    unschedule: (id: number) => queued.delete(id),
    tick() {
      const runs = [...queued.values()];
      queued.clear();
      for (const run of runs) run();
    },
    get waiting() {
      return queued.size;
    },
  };
}

describe('frameBatch', () => {
  it('delivers only the last of the values pushed before a frame, once, at the frame', () => {
    const frames = fakeFrames();
    const delivered: number[] = [];
    const batch = frameBatch<number>((value) => delivered.push(value), frames.schedule, frames.unschedule);
    batch.push(1);
    batch.push(2);
    batch.push(3);
    expect(delivered).toEqual([]);
    expect(batch.pending()).toBe(3);
    expect(frames.waiting).toBe(1);
    frames.tick();
    expect(delivered).toEqual([3]);
    expect(batch.pending()).toBeUndefined();
    batch.push(4);
    frames.tick();
    frames.tick();
    expect(delivered).toEqual([3, 4]);
  });

  it('drops a waiting value when cancelled', () => {
    const frames = fakeFrames();
    const delivered: string[] = [];
    const batch = frameBatch<string>((value) => delivered.push(value), frames.schedule, frames.unschedule);
    batch.push('a');
    batch.cancel();
    frames.tick();
    expect(delivered).toEqual([]);
    expect(batch.pending()).toBeUndefined();
  });
});
