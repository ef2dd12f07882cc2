import { describe, expect, it } from 'vitest';
import { rovingTarget } from './use-roving-focus.ts';

describe('rovingTarget', () => {
  it('moves right and left by one, wrapping at the ends', () => {
    expect(rovingTarget('ArrowRight', 0, 6)).toBe(1);
    expect(rovingTarget('ArrowRight', 5, 6)).toBe(0);
    expect(rovingTarget('ArrowLeft', 3, 6)).toBe(2);
    expect(rovingTarget('ArrowLeft', 0, 6)).toBe(5);
  });

  it('goes to the first and last with Home and End', () => {
    expect(rovingTarget('Home', 4, 6)).toBe(0);
    expect(rovingTarget('End', 1, 6)).toBe(5);
  });

  it('stays put with one item, and has nowhere to go with none', () => {
    expect(rovingTarget('ArrowRight', 0, 1)).toBe(0);
    expect(rovingTarget('ArrowLeft', 0, 1)).toBe(0);
    expect(rovingTarget('End', 0, 0)).toBeUndefined();
  });

  it('leaves every other key alone (Enter and Space press the button, Tab leaves the row)', () => {
    for (const key of ['Enter', ' ', 'Tab', 'ArrowUp', 'ArrowDown', '[', ']', 'Escape']) {
      expect(rovingTarget(key, 2, 6)).toBeUndefined();
    }
  });
});
