import { describe, expect, it } from 'vitest';
import { markStyleOf } from './mark-style.ts';

describe('markStyleOf', () => {
  it('fills a confirmed event, or one without a status', () => {
    expect(markStyleOf({ approximate: false, status: 'confirmed' })).toEqual({ fill: 'solid', stroke: 'surface', dashed: false, disputedDot: false });
    expect(markStyleOf({ approximate: false })).toEqual(markStyleOf({ approximate: false, status: 'confirmed' }));
  });

  it('draws each status differently', () => {
    const styles = (['confirmed', 'reported', 'claimed', 'disputed'] as const).map((status) => JSON.stringify(markStyleOf({ approximate: false, status })));
    expect(new Set(styles).size).toBe(4);
    expect(markStyleOf({ approximate: false, status: 'reported' })).toMatchObject({ fill: 'pale', stroke: 'category' });
    expect(markStyleOf({ approximate: false, status: 'claimed' })).toMatchObject({ fill: 'hollow', dashed: true });
    expect(markStyleOf({ approximate: false, status: 'disputed' })).toMatchObject({ fill: 'solid', disputedDot: true });
  });

  it('keeps an approximate date hollow with a solid outline, and a key event outlined in the text colour', () => {
    expect(markStyleOf({ approximate: true, status: 'confirmed' })).toMatchObject({ fill: 'hollow', dashed: false, stroke: 'category' });
    expect(markStyleOf({ approximate: false, status: 'confirmed', key: true })).toMatchObject({ fill: 'solid', stroke: 'text' });
    expect(markStyleOf({ approximate: false, status: 'claimed', key: true })).toMatchObject({ fill: 'hollow', stroke: 'text', dashed: true });
  });
});
