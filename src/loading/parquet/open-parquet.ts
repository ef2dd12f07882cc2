import type { LoadProgress } from '../../data/load-status.ts';
import type { LoadedDataset } from '../../data/timeline-event.ts';
import { headerDataset, readParquetFooter } from './parquet-events.ts';
import { openRangeFile, TAIL_BYTES } from './range-file.ts';
import { windowSource } from './window-loader.ts';

/**
 * Opens a Parquet dataset by its footer alone (range requests: the last bytes of the file),
 * for the first draw: the header, and the day counts the overview draws from. No event is
 * loaded yet; the page asks the source for each window it shows (routes/windowed-loading.tsx).
 * Loaded on the main thread, in a chunk of its own, only for a Parquet address.
 */
export async function openParquet(url: string, signal?: AbortSignal, onProgress?: (progress: LoadProgress) => void): Promise<LoadedDataset> {
  const file = await openRangeFile(url, signal, (loaded, total) => onProgress?.({ stage: 'downloading', loaded, total }));
  onProgress?.({ stage: 'importing', format: 'parquet' });
  const footer = await readParquetFooter(file, TAIL_BYTES);
  const { dataset, warnings } = headerDataset(footer);
  return { dataset: { ...dataset, windowed: { source: windowSource(file, footer) } }, skipped: [], warnings };
}
