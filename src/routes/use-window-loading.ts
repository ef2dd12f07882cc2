import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { LoadedDataset } from '../data/timeline-event.ts';
import type { TimeSpan } from '../data/windowed-dataset.ts';
import { datasetQueryOptions, datasetUrlFor } from '../loading/dataset-query.ts';
import { useSettledWindow } from '../timeline/view/use-view-window.ts';
import { viewStore } from '../view-store/app-view-store.ts';
import { useLoadedDataset } from '../view-store/use-loaded-dataset.ts';
import { useDataUrl } from '../view-store/use-view-store.ts';

/** Bytes done of bytes needed, while a window's events download. */
export interface WindowProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * For a dataset read window by window (Parquet): asks its source for the events of the window
 * the page has settled on, and puts them in the query's data, so every part of the screen reads
 * them as it reads any dataset. A newer window cancels the load of the one before (its
 * AbortSignal stops the range requests). Returns the progress of the load in flight.
 */
export function useWindowLoading(): WindowProgress | undefined {
  const client = useQueryClient();
  const { queryKey } = datasetQueryOptions(datasetUrlFor(useDataUrl()));
  const source = useLoadedDataset().dataset.windowed?.source;
  const window = useSettledWindow();
  const [progress, setProgress] = useState<WindowProgress>();
  const { from, to } = window;
  usePrefetchWhileMoving(source?.prefetch);

  useEffect(() => {
    if (!source) return;
    const controller = new AbortController();
    setProgress({ done: 0, total: 0 });
    source.load({ from, to }, controller.signal, (done, total) => setProgress({ done, total })).then(
      ({ events, tooMany }) => {
        if (controller.signal.aborted) return;
        setProgress(undefined);
        client.setQueryData(queryKey, (loaded: LoadedDataset | undefined) =>
          loaded?.dataset.windowed && { ...loaded, dataset: { ...loaded.dataset, events, windowed: { ...loaded.dataset.windowed, loaded: tooMany ? loaded.dataset.windowed.loaded : { from, to }, tooMany } } },
        );
      },
      () => {
        // Cancelled by a newer window, or failed: the next window tries again (the range file says why in the console).
        if (!controller.signal.aborted) setProgress(undefined);
      },
    );
    return () => controller.abort();
    // queryKey is the same for the same dataset; the source identifies it.
  }, [source, from, to, client]);

  return progress;
}

/**
 * While a wheel, drag or pinch moves the window, the row groups of where it is at each frame
 * start loading (as the overview's brush does while it is drawn), so that by the time the
 * gesture pauses and the page settles on the window (SETTLE_MS), its groups are on the way
 * or read. A frame that needs more than a window loads prefetches nothing; groups the window
 * has moved off are cancelled (window-loader.ts). The store is read without re-rendering.
 */
function usePrefetchWhileMoving(prefetch: ((window: TimeSpan | undefined) => void) | undefined) {
  useEffect(() => {
    if (!prefetch) return;
    let seen = viewStore.getSnapshot().live;
    const unsubscribe = viewStore.subscribe(() => {
      const { live, settled } = viewStore.getSnapshot();
      if (live === seen) return;
      seen = live;
      // Settled: the load itself takes over from the prefetch.
      if (live && live !== settled) prefetch(live);
    });
    // Another dataset, or the page gone: nothing of this one goes on downloading.
    return () => {
      unsubscribe();
      prefetch(undefined);
    };
  }, [prefetch]);
}
