import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { fetchDataset, type LoadProgress } from './fetch-dataset.ts';
import { DatasetLoadError } from '../data/fetch-text.ts';

/** The dataset the app shows when the link names none. */
export const DEFAULT_DATASET_URL = `${import.meta.env.BASE_URL}data/events.json`;

// ---------- Progress of the load in flight, per URL (a query function cannot stream it) ----------

const progressByUrl = new Map<string, LoadProgress>();
const listeners = new Set<() => void>();

function setProgress(url: string, progress: LoadProgress) {
  progressByUrl.set(url, progress);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// When the reader's load of each URL began: its first attempt, or the latest Retry. The query
// layer's own retries of a failed attempt belong to the same load.
const loadStarts = new Map<string, number>();

/** When the load of `url` in flight began (Date.now()), if one has. */
export function loadStartedAt(url: string = DEFAULT_DATASET_URL): number | undefined {
  return loadStarts.get(url);
}

/** The dataset a link's `data` names, else the default: the one place that decides it. */
export function datasetUrlFor(dataUrl: string | undefined): string {
  return dataUrl ?? DEFAULT_DATASET_URL;
}

export function datasetQueryOptions(url: string = DEFAULT_DATASET_URL) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => {
      // Each attempt starts from "connecting"; the last stage stays until the data is shown.
      if (!loadStarts.has(url)) loadStarts.set(url, Date.now());
      setProgress(url, { stage: 'connecting' });
      return fetchDataset(url, signal, (progress) => {
        if (!signal.aborted) setProgress(url, progress);
      });
    },
    // A dataset is a static file: it does not change while someone reads it.
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    // Retry what may pass (a 500, a dropped connection) twice; not what cannot (a 404, bad JSON),
    // nor a timeout, which has already made the reader wait long enough: they get a Retry button.
    retry: (failures, error) =>
      !(error instanceof DatasetLoadError && (error.permanent || error.kind === 'timeout')) && failures < 2,
    // The load starts before the page first renders (main.tsx waits for it a moment), so a
    // failure can come before anything watches it: show it, with its Retry button, rather than
    // silently starting again when the page mounts.
    retryOnMount: false,
  });
}

export function useDataset(url?: string) {
  return useQuery(datasetQueryOptions(url));
}

/** How far the latest load of a dataset has come (undefined before the first). */
export function useDatasetProgress(url: string = DEFAULT_DATASET_URL): LoadProgress | undefined {
  return useSyncExternalStore(
    subscribe,
    () => progressByUrl.get(url),
    () => undefined,
  );
}

/** Starts the load of a dataset again from scratch (cancelling one in flight). */
export function useRetryDataset(url: string = DEFAULT_DATASET_URL): () => void {
  const client = useQueryClient();
  return useCallback(() => {
    loadStarts.delete(url);
    void client.resetQueries({ queryKey: datasetQueryOptions(url).queryKey, exact: true });
  }, [client, url]);
}
