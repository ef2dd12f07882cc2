import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settledOrAfter } from './settled-or-after.ts';

describe('settledOrAfter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const watch = (promise: Promise<void>) => {
    const state = { done: false };
    void promise.then(() => (state.done = true));
    return state;
  };

  it('resolves as soon as the promise resolves', async () => {
    let finish!: () => void;
    const wait = watch(settledOrAfter(new Promise<void>((resolve) => (finish = resolve)), 100));
    await vi.advanceTimersByTimeAsync(30);
    expect(wait.done).toBe(false);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(wait.done).toBe(true);
  });

  it('resolves when the promise rejects, too', async () => {
    let fail!: (error: Error) => void;
    const wait = watch(settledOrAfter(new Promise<void>((_, reject) => (fail = reject)), 100));
    fail(new Error('no data'));
    await vi.advanceTimersByTimeAsync(0);
    expect(wait.done).toBe(true);
  });

  it('resolves after the time limit when the promise is still pending', async () => {
    const wait = watch(settledOrAfter(new Promise<void>(() => {}), 100));
    await vi.advanceTimersByTimeAsync(99);
    expect(wait.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(wait.done).toBe(true);
  });
});
