import { DatasetLoadError, fetchDatasetText } from '../data/fetch-text.ts';
import { abortError, loadInWorker, workerAvailable } from './load-in-worker.ts';
import { DatasetProblem, type LoadProgress } from '../data/load-status.ts';
import type { LoadedDataset } from '../data/timeline-event.ts';
import { sheetInUrl } from '../data/workbook-sheet.ts';
import { isParquetIndexUrl, isParquetUrl } from '../data/parquet-magic.ts';

export type { LoadErrorKind, LoadProgress, LoadStage } from '../data/load-status.ts';

/**
 * The parser (validator, importers' detection) as a chunk of its own, for loading on the main
 * thread where there is no worker: the page needs it only once data has arrived.
 */
function preloadParser() {
  return import('./parse-dataset-text.ts');
}

/** Fetch, then read, on this thread: Node, the unit tests, or a browser that cannot start the worker. */
async function loadInPlace(url: string, signal?: AbortSignal, onProgress?: (progress: LoadProgress) => void): Promise<LoadedDataset> {
  // Fetch the parser's code while the data downloads; a failure here shows up when parsing.
  const parser = preloadParser();
  parser.catch(() => undefined);
  const fetched = await fetchDatasetText(url, signal, onProgress);
  try {
    const { parseDatasetText } = await parser;
    const { loaded } = await parseDatasetText(fetched.bytes ?? fetched.text, fetched.contentType, onProgress, sheetInUrl(url));
    if (signal?.aborted) throw abortError(signal);
    return loaded;
  } catch (error) {
    if (error instanceof DatasetProblem) throw new DatasetLoadError(url, error.failure, error.permanent, error.kind);
    throw error;
  }
}

/**
 * A Parquet file is opened by its footer and read window by window (parquet/open-parquet.ts, a
 * chunk of its own); an index of Parquet files, by its files' footers (open-parquet-index.ts).
 */
async function openParquetDataset(url: string, index: boolean, signal?: AbortSignal, onProgress?: (progress: LoadProgress) => void): Promise<LoadedDataset> {
  try {
    if (index) return await (await import('./parquet/open-parquet-index.ts')).openParquetIndex(url, signal, onProgress);
    return await (await import('./parquet/open-parquet.ts')).openParquet(url, signal, onProgress);
  } catch (error) {
    if (error instanceof DatasetProblem) throw new DatasetLoadError(url, error.failure, error.permanent, error.kind);
    throw error;
  }
}

/**
 * Loads a dataset: fetch (fetch-text.ts), then detect the format, import it when it is not
 * ours, and validate (parse-dataset-text.ts); in a worker where there is one (load-in-worker.ts).
 * Every failure of the whole source is a DatasetLoadError naming the URL; bad records are
 * listed in `skipped`.
 */
export async function fetchDataset(
  url: string,
  signal?: AbortSignal,
  onProgress?: (progress: LoadProgress) => void,
): Promise<LoadedDataset> {
  if (isParquetUrl(url) || isParquetIndexUrl(url)) return openParquetDataset(url, isParquetIndexUrl(url), signal, onProgress);
  try {
    if (workerAvailable()) {
      const loaded = await loadInWorker(url, { signal, onProgress });
      if (loaded) return loaded;
    }
    return await loadInPlace(url, signal, onProgress);
  } catch (error) {
    // An index of Parquet files at an address that does not say so: read as text, it names its files.
    if (error instanceof DatasetLoadError && error.kind === 'parquet-index') return openParquetDataset(url, true, signal, onProgress);
    throw error;
  }
}
