import type { LoadProgress } from '../../data/load-status.ts';
import type { LoadedDataset } from '../../data/timeline-event.ts';
import { footerStart, headerDataset, readParquetFooter } from './parquet-events.ts';
import { openRangeFile, withHeadFrom } from './range-file.ts';
import { readGroupInPlace } from './read-group.ts';
import { windowSource } from './window-loader.ts';
import { readGroupInWorkers } from './window-worker-client.ts';

/**
 * Opens a Parquet dataset by its footer alone (range requests: the last bytes of the file),
 * for the first draw: the header, and the day counts the overview draws from. No event is
 * loaded yet; the page asks the source for each window it shows (routes/use-window-loading.ts),
 * which reads the row groups in the window workers, started now so that they are ready by then.
 * Loaded on the main thread, in a chunk of its own, only for a Parquet address.
 */
export async function openParquet(url: string, signal?: AbortSignal, onProgress?: (progress: LoadProgress) => void): Promise<LoadedDataset> {
  const tail = await openRangeFile(url, signal, (loaded, total) => onProgress?.({ stage: 'downloading', loaded, total }));
  onProgress?.({ stage: 'importing', format: 'parquet' });
  // A footer longer than the tail (some 0.5 MB at ten million events): all of it in the head,
  // read once here and handed to the window workers with the rest.
  const file = await withHeadFrom(tail, footerStart(tail.opened.head, tail.byteLength) ?? tail.byteLength, signal);
  const footer = await readParquetFooter(file, file.opened.head.byteLength);
  const { dataset, warnings } = headerDataset(footer);
  const readGroup = readGroupInWorkers(file.opened, readGroupInPlace(file, footer));
  return { dataset: { ...dataset, windowed: { source: windowSource(file, footer, readGroup) } }, skipped: [], warnings };
}
