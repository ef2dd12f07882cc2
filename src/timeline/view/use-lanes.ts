import type { Category } from '../../data/timeline-event.ts';
import { useLoadedDataset } from '../../view-store/use-loaded-dataset.ts';
import { eventsPerCategory, foldLanes, MAX_LANES, type FoldedLanes } from '../model/fold-lanes.ts';

// Once per dataset: the timeline, its legend and the export all ask.
const foldings = new WeakMap<readonly Category[], FoldedLanes>();

/** The dataset's lanes: its categories, or with many of them the largest and one folded lane. */
export function useLanes(): FoldedLanes {
  const { categories, events } = useLoadedDataset().dataset;
  let fold = foldings.get(categories);
  if (!fold) {
    // Counting is only needed when there is something to fold.
    fold = categories.length <= MAX_LANES ? { lanes: categories, folded: [] } : foldLanes(categories, eventsPerCategory(events));
    foldings.set(categories, fold);
  }
  return fold;
}
