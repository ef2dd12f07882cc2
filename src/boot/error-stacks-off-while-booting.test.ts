import { describe, expect, it } from 'vitest';
import { errorStacksOffUntilMicrotask } from './error-stacks-off-while-booting.ts';

describe('errorStacksOffUntilMicrotask', () => {
  it('leaves new errors without a stack until the current task yields, then restores the limit', async () => {
    const holder = Error as { stackTraceLimit?: unknown };
    const before = holder.stackTraceLimit;
    expect(typeof before).toBe('number');
    errorStacksOffUntilMicrotask();
    expect(new Error('while booting').stack).toBeUndefined();
    await Promise.resolve();
    expect(holder.stackTraceLimit).toBe(before);
    expect(new Error('after booting').stack).toContain('after booting');
  });

  it('does nothing where the engine has no such setting', async () => {
    const holder: { stackTraceLimit?: unknown } = {};
    errorStacksOffUntilMicrotask(holder);
    expect('stackTraceLimit' in holder).toBe(false);
    await Promise.resolve();
    expect('stackTraceLimit' in holder).toBe(false);
  });
});
