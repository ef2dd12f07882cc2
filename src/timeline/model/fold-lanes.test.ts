import { describe, expect, it } from 'vitest';
import type { Category } from '../../data/timeline-event.ts';
import { FOLDED_LANE_ID, foldLanes } from './fold-lanes.ts';

const category = (id: string): Category => ({ id, label: id.toUpperCase(), color: '#000000' });

describe('foldLanes', () => {
  it('keeps every category as a lane when they fit', () => {
    const categories = ['a', 'b', 'c'].map(category);
    expect(foldLanes(categories, new Map(), 3)).toEqual({ lanes: categories, folded: [] });
  });

  it('keeps the largest categories in dataset order and folds the rest into one last lane', () => {
    const categories = ['a', 'b', 'c', 'd', 'e'].map(category);
    const counts = new Map([['a', 1], ['b', 50], ['c', 3], ['d', 20], ['e', 3]]);
    const frozen = Object.freeze(categories.map((item) => Object.freeze(item)));
    const { lanes, folded } = foldLanes(frozen, counts, 4);
    expect(lanes.map((lane) => lane.id)).toEqual(['b', 'c', 'd', FOLDED_LANE_ID]);
    // The tie between c and e (3 each) goes to c, listed first; the fold lists most events first.
    expect(folded.map((item) => item.id)).toEqual(['e', 'a']);
    expect(lanes.at(-1)).toMatchObject({ label: '2 other categories', members: ['e', 'a'] });
  });

  it('folds 3,000 categories into nine lanes', () => {
    const categories = Array.from({ length: 3000 }, (_, index) => category(`group-${index}`));
    const counts = new Map(categories.map((item, index) => [item.id, index % 97]));
    const { lanes, folded } = foldLanes(categories, counts);
    expect(lanes).toHaveLength(9);
    expect(folded).toHaveLength(2992);
    expect(lanes.at(-1)!.label).toBe('2,992 other categories');
    expect(lanes.slice(0, 8).every((lane) => counts.get(lane.id) === 96)).toBe(true);
  });
});
