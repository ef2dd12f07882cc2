import type { QueryClient } from '@tanstack/react-query';
import type { LoadedDataset } from '../data/timeline-event.ts';
import { datasetQueryOptions } from '../loading/dataset-query.ts';

/**
 * A file read on the /make page has no address, so it goes into the dataset query cache under
 * a key of its own, where the timeline's parts look for the dataset the view names
 * (view-store/use-loaded-dataset.ts). The key cannot be mistaken for an address: the link
 * reader (view-state.ts) takes only http(s) and relative URLs, and "local-file:" is neither.
 */
const PREFIX = 'local-file:';
let serial = 0;

/** A new key for each file read, so a second file never shows the first one's view. */
export function localDatasetKey(fileName: string): string {
  serial += 1;
  return `${PREFIX}${serial}/${fileName}`;
}

export function isLocalDatasetKey(key: string): boolean {
  return key.startsWith(PREFIX);
}

/** Puts the file's dataset in the cache, loaded: the query never fetches it (staleTime Infinity). */
export function seedLocalDataset(client: QueryClient, key: string, loaded: LoadedDataset): void {
  client.setQueryData(datasetQueryOptions(key).queryKey, loaded);
}

/** Drops a file's dataset from the cache once another has replaced it. */
export function forgetLocalDataset(client: QueryClient, key: string): void {
  client.removeQueries({ queryKey: datasetQueryOptions(key).queryKey, exact: true });
}
