import { describe, expect, it } from 'vitest';
import { anchorPoint, anchorStyle, nextAnchor } from './popover-anchor.ts';

describe('anchorPoint', () => {
  const button = { left: 20.4, right: 110.6, bottom: 48.5 };

  it('lines a start-aligned popover up with the left edge of its button, under it', () => {
    expect(anchorPoint(button, 'start')).toEqual({ x: 20, bottom: 49 });
  });

  it('lines an end-aligned popover up with the right edge', () => {
    expect(anchorPoint(button, 'end')).toEqual({ x: 111, bottom: 49 });
  });
});

describe('nextAnchor', () => {
  it('keeps the same object for the same point, so a scroll that moves nothing renders nothing', () => {
    const here = { x: 10, bottom: 40 };
    expect(nextAnchor(here, { x: 10, bottom: 40 })).toBe(here);
    expect(nextAnchor(here, { x: 10, bottom: 41 })).toEqual({ x: 10, bottom: 41 });
    expect(nextAnchor(undefined, here)).toBe(here);
  });
});

describe('anchorStyle', () => {
  it('gives popover.css the point in pixels, and nothing before the popover has opened', () => {
    expect(anchorStyle({ x: 16, bottom: 120 })).toEqual({ '--anchor-x': '16px', '--anchor-bottom': '120px' });
    expect(anchorStyle(undefined)).toBeUndefined();
  });
});
