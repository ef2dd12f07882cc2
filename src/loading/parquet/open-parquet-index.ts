import { anySignal } from '../../data/any-signal.ts';
import { fetchDatasetText } from '../../data/fetch-text.ts';
import { DatasetProblem, type LoadProgress } from '../../data/load-status.ts';
import { readParquetIndex } from '../../data/parquet-index.ts';
import { invalidJson } from '../../data/json-failure.ts';
import type { LoadedDataset } from '../../data/timeline-event.ts';
import { mergeFooters } from './merge-footers.ts';
import { openParquetFile, windowedDataset } from './open-parquet.ts';

/**
 * Opens an index of Parquet files (data/parquet-index.ts): the index, then every file's footer
 * at once (one range request each, two for a footer longer than the tail), merged into one
 * header and one overview (merge-footers.ts). Windows then read the row groups of whichever files
 * they need. What limits it: every footer is read before the first draw (MAX_INDEX_FILES files,
 * each request the footer's length where the index gives it, else 256 kB), and the browser's connections per host (six over HTTP/1.1; HTTP/2 has
 * no such limit). A file that cannot be opened stops the whole dataset, saying which.
 */
export async function openParquetIndex(url: string, signal?: AbortSignal, onProgress?: (progress: LoadProgress) => void): Promise<LoadedDataset> {
  const { text } = await fetchDatasetText(url, signal);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetProblem(invalidJson(error, text), 'json');
  }
  // The files are named relative to the index, whose own address may be relative to the page.
  const { files } = readParquetIndex(json, new URL(url, globalThis.location?.href).href);
  // The first file that fails stops the others' requests.
  const failed = new AbortController();
  const opening = anySignal(signal ? [signal, failed.signal] : [failed.signal]);
  const received = files.map(() => 0);
  const parts = await Promise.all(
    files.map((file, at) =>
      openParquetFile(
        file.url,
        opening,
        (loaded) => {
          received[at] = loaded;
          onProgress?.({ stage: 'downloading', loaded: received.reduce((sum, bytes) => sum + bytes, 0) });
        },
        file.footerBytes,
      ).catch((error: unknown) => {
        failed.abort(error);
        throw error;
      }),
    ),
  );
  onProgress?.({ stage: 'importing', format: 'parquet' });
  return windowedDataset(mergeFooters(parts));
}
