import type { Category, TimelineEvent } from '../../data/timeline-event.ts';
import { t, tn } from '../../i18n/translate.ts';

/**
 * A lane of the timeline: a category, or the folded lane that holds the smaller categories
 * (`members`) when a dataset has more than fit on screen. A spreadsheet's Group column can hold
 * dozens or thousands of values; one lane each would make the timeline taller than any screen.
 */
export interface LaneCategory extends Category {
  /** The categories this lane draws besides its own id: set only on the folded lane. */
  readonly members?: readonly string[];
}

export interface FoldedLanes {
  /** The lanes, top to bottom: the largest categories in the dataset's order, then the fold. */
  readonly lanes: readonly LaneCategory[];
  /** The categories drawn in the folded lane, most events first. Empty when nothing is folded. */
  readonly folded: readonly Category[];
}

/** Lanes at most, the folded one included: nine one-row lanes still fit a phone's screen. */
export const MAX_LANES = 9;

/** Cannot collide with a category id: ids are slugs (data/slug.ts), which never hold a space. */
export const FOLDED_LANE_ID = 'other categories';

/** A neutral grey, readable on both themes, that no category's colour is mistaken for. */
const FOLDED_LANE_COLOR = '#8a8f98';

/** Events per category id, over the whole dataset: the folding must not change with the filters. */
export function eventsPerCategory(events: readonly TimelineEvent[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event.category, (counts.get(event.category) ?? 0) + 1);
  return counts;
}

/**
 * Keeps the `maxLanes - 1` categories with the most events as lanes (in the dataset's order, so
 * colours and shapes stay put) and folds the rest into one last lane, "N other categories".
 * Ties go to the category listed first. Up to `maxLanes` categories, the lanes are the
 * categories themselves. Pure: the input lists are not touched.
 */
export function foldLanes(categories: readonly Category[], counts: ReadonlyMap<string, number>, maxLanes = MAX_LANES): FoldedLanes {
  if (categories.length <= maxLanes) return { lanes: categories, folded: [] };
  const bySize = categories
    .map((category, order) => ({ category, order, count: counts.get(category.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.order - b.order);
  const kept = new Set(bySize.slice(0, maxLanes - 1).map((entry) => entry.category.id));
  const folded = bySize.slice(maxLanes - 1).map((entry) => entry.category);
  const fold: LaneCategory = {
    id: FOLDED_LANE_ID,
    label: tn('lanes.otherCategories', folded.length),
    color: FOLDED_LANE_COLOR,
    description: t('lanes.otherDescription'),
    members: folded.map((category) => category.id),
  };
  return { lanes: [...categories.filter((category) => kept.has(category.id)), fold], folded };
}

/**
 * Each category id's lane, members of the folded lane included: the lane picks where a mark goes
 * and which shape it takes (the legend draws the same shape for the same lane).
 */
export function laneIndexById(lanes: readonly LaneCategory[]): ReadonlyMap<string, number> {
  return new Map(lanes.flatMap((lane, index) => [lane.id, ...(lane.members ?? [])].map((id) => [id, index] as const)));
}
