import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { datasetQueryOptions, datasetUrlFor } from '../loading/dataset-query.ts';
import { localizeLoaded } from '../data/localize-dataset.ts';
import type { LoadedDataset, TimelineEvent } from '../data/timeline-event.ts';
import { activeLanguage } from '../i18n/translate.ts';
import { useDataUrl, useSelectedId } from './use-view-store.ts';

const subscriptions = new WeakMap<QueryClient, (listener: () => void) => () => void>();

function subscribeTo(client: QueryClient) {
  let subscribe = subscriptions.get(client);
  if (!subscribe) subscriptions.set(client, (subscribe = (listener) => client.getQueryCache().subscribe(listener)));
  return subscribe;
}

/**
 * The dataset the view names, for the parts of the screen that are shown once it has loaded
 * (timeline-page.tsx shows the loading and error states, and its useDataset keeps the query).
 * Each part reads the query's data from the cache itself: a plain read, where an observer of
 * its own (useQuery) for each of its ~60 readers cost the first render some 6 ms (1,000 events).
 * It is the dataset in the page's language (localize-dataset.ts): the app remounts when the
 * language changes (i18n/language-root.tsx), so reading the language here is enough.
 */
export function useLoadedDataset(): LoadedDataset {
  const client = useQueryClient();
  const { queryKey } = datasetQueryOptions(datasetUrlFor(useDataUrl()));
  const read = () => client.getQueryData(queryKey);
  const data = useSyncExternalStore(subscribeTo(client), read, read);
  if (!data) throw new Error('The screen rendered before its dataset loaded.');
  return localizeLoaded(data, activeLanguage());
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
