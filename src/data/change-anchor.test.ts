import { describe, expect, it } from 'vitest';
import { changeAnchors } from './change-anchor.ts';

describe('changeAnchors', () => {
  it('numbers the entries of a date from the oldest (the bottom of the list)', () => {
    expect(changeAnchors([{ date: '2024-03-02' }, { date: '2024-03-01' }, { date: '2024-03-01' }])).toEqual([
      'change-2024-03-02-1',
      'change-2024-03-01-2',
      'change-2024-03-01-1',
    ]);
  });

  it('keeps the anchors of older entries when a new one goes on top', () => {
    const before = [{ date: '2024-03-01' }, { date: '2024-02-01' }];
    const after = [{ date: '2024-03-01' }, ...before];
    expect(changeAnchors(after).slice(1)).toEqual(changeAnchors(before));
  });
});
