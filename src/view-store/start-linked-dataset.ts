import { datasetQueryOptions, datasetUrlFor } from '../loading/dataset-query.ts';
import { queryClient } from '../data/query-client.ts';
import { viewStore } from './app-view-store.ts';

/**
 * Starts loading the dataset the link names (its worker fetches and checks it) as soon as the
 * bundle runs: main.tsx imports this first, so the load runs on the second core while React,
 * the router and the page's code start on the first. The link is read once, by the view store
 * at boot; the page asks for the same query when it renders and finds it under way or done.
 */
const linkedDataset = datasetUrlFor(viewStore.getSnapshot().settings.dataUrl);
/** Settles when the linked dataset has loaded or failed (prefetching never rejects). */
export const linkedDatasetLoad: Promise<void> = queryClient.prefetchQuery(datasetQueryOptions(linkedDataset));
