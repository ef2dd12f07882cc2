import { datasetUrlFor, useDataset } from '../data/dataset-query.ts';
import type { LoadedDataset, TimelineEvent } from '../data/timeline-event.ts';
import { useDataUrl, useSelectedId } from './use-view-store.ts';

/**
 * The dataset the view names, for the parts of the screen that are shown once it has loaded
 * (timeline-page.tsx shows the loading and error states): each reads the query itself.
 */
export function useLoadedDataset(): LoadedDataset {
  const { data } = useDataset(datasetUrlFor(useDataUrl()));
  if (!data) throw new Error('The screen rendered before its dataset loaded.');
  return data;
}

// The last lookup per dataset, shared: every part that shows the selection asks at once.
const lastFound = new WeakMap<readonly TimelineEvent[], { readonly id: string; readonly event: TimelineEvent | undefined }>();

/** The selected event, or undefined when none is selected or the dataset has no such id. */
export function useSelectedEvent(): TimelineEvent | undefined {
  const { events } = useLoadedDataset().dataset;
  const id = useSelectedId();
  if (id === undefined) return undefined;
  let found = lastFound.get(events);
  if (found?.id !== id) lastFound.set(events, (found = { id, event: events.find((event) => event.id === id) }));
  return found.event;
}
