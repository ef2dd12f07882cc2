import { queryOptions, useQuery } from '@tanstack/react-query';
import { DatasetLoadError, fetchDataset } from './fetch-dataset.ts';

/** The dataset the app shows when the link names none. */
export const DEFAULT_DATASET_URL = `${import.meta.env.BASE_URL}data/events.json`;

export function datasetQueryOptions(url: string = DEFAULT_DATASET_URL) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
    // A dataset is a static file: it does not change while someone reads it.
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: (failures, error) => !(error instanceof DatasetLoadError && error.permanent) && failures < 2,
  });
}

export function useDataset(url?: string) {
  return useQuery(datasetQueryOptions(url));
}
