import { DatasetLoadError } from '../../data/fetch-text.ts';
import { DatasetProblem, type LoadProgress } from '../../data/load-status.ts';
import type { LoadedDataset } from '../../data/timeline-event.ts';
import { oneFile, type ParquetDataset, type ParquetPart } from './merge-footers.ts';
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
 * Loaded on the main thread, in a chunk of its own, only for a Parquet address. An index of
 * several files is opened by open-parquet-index.ts, the same way, file by file.
 */
export async function openParquet(url: string, signal?: AbortSignal, onProgress?: (progress: LoadProgress) => void): Promise<LoadedDataset> {
  const { file, footer } = await openParquetFile(url, signal, (loaded, total) => onProgress?.({ stage: 'downloading', loaded, total }));
  onProgress?.({ stage: 'importing', format: 'parquet' });
  return windowedDataset(oneFile(file, footer));
}

/**
 * One file's footer, from its last `tailBytes` (and the bytes before, when the footer is
 * longer). A failure names this file (an index's file, not the index), in the words of the
 * failure: a DatasetLoadError.
 */
export async function openParquetFile(url: string, signal: AbortSignal | undefined, onBytes: (loaded: number, total?: number) => void, tailBytes?: number): Promise<ParquetPart> {
  try {
    const tail = await openRangeFile(url, signal, onBytes, tailBytes);
    // A footer longer than the tail (some 0.5 MB at ten million events): all of it in the head,
    // read once here and handed to the window workers with the rest.
    const file = await withHeadFrom(tail, footerStart(tail.opened.head, tail.byteLength) ?? tail.byteLength, signal);
    return { file, footer: await readParquetFooter(file, file.opened.head.byteLength) };
  } catch (error) {
    if (error instanceof DatasetProblem) throw new DatasetLoadError(url, error.failure, error.permanent, error.kind);
    throw error;
  }
}

/** The dataset's header, with no events, and the source of its windows (read in the window workers). */
export function windowedDataset(dataset: ParquetDataset): LoadedDataset {
  const { dataset: header, warnings } = headerDataset(dataset.header);
  const readGroup = readGroupInWorkers(
    dataset.parts.map((part) => part.file.opened),
    readGroupInPlace(dataset.parts),
  );
  return { dataset: { ...header, windowed: { source: windowSource(dataset, readGroup) } }, skipped: [], warnings };
}
