// First: see the file. In the worker this module is the entry.
import '../boot/error-stacks-off-while-booting.ts';
import { packEvents } from '../data/event-packer.ts';
import { fetchFailure } from '../data/fetch-failure.ts';
import { DatasetLoadError, fetchDatasetText } from '../data/fetch-text.ts';
import { DatasetProblem, type LoadProgress } from '../data/load-status.ts';
import { isHtmlType, parseDatasetText } from './parse-dataset-text.ts';
import { createStreamingDataset, type StreamingDataset } from '../data/stream-dataset.ts';
import type { LoadedDataset } from '../data/timeline-event.ts';
import { sheetInUrl } from '../data/workbook-sheet.ts';
import { LOAD_HASH_PREFIX, type LoadReply, type LoadRequest } from '../data/worker-protocol.ts';

/**
 * The dataset worker's entry, made by load-in-worker.ts or, earlier, by the page's head
 * (scripts/build/early-load-script.ts). It fetches the source itself, reads it
 * (parse-dataset-text.ts, or record by record as it arrives) and answers in the messages of
 * worker-protocol.ts: progress, then the events packed in columns, or the problem. It imports
 * no page code, so the worker's script stays small and starts quickly.
 */

/** What the worker uses of its global scope; a parameter, so that a test can stand in for it. */
export interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<LoadRequest>) => void): void;
  postMessage(message: LoadReply, transfer?: Transferable[]): void;
}

/**
 * Smaller than this (as the server states it), a file is read whole once it is here: it
 * downloads in moments, and one JSON.parse is quicker than one per record.
 */
const STREAM_FROM_BYTES = 8_000_000;

/** Fetch, then read: each failure as the page words it (DatasetLoadError and DatasetProblem carry their kind). */
async function loadSource(url: string, onProgress: (progress: LoadProgress) => void): Promise<LoadedDataset> {
  // A big file in our format is read record by record as it arrives (stream-dataset.ts), so
  // little is left to do after its last byte; anything else, or anything odd, as a whole.
  let streaming: StreamingDataset | undefined;
  const fetched = await fetchDatasetText(url, undefined, onProgress, (total) =>
    (total ?? Infinity) >= STREAM_FROM_BYTES ? (streaming = createStreamingDataset()).push : undefined,
  );
  const streamed = streaming && !fetched.bytes && !isHtmlType(fetched.contentType) ? streaming.finish((records) => onProgress({ stage: 'checking', records })) : undefined;
  return streamed ?? (await parseDatasetText(fetched.bytes ?? fetched.text, fetched.contentType, onProgress, sheetInUrl(url))).loaded;
}

function errorReply(error: unknown): LoadReply {
  if (error instanceof DatasetProblem || error instanceof DatasetLoadError) {
    return { type: 'error', failure: error.failure, kind: error.kind, permanent: error.permanent };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { type: 'error', failure: fetchFailure('fetch.readerFailed', undefined, detail), kind: 'other', permanent: true };
}

/** Answers each LoadRequest, and first the load named in `hash` (the early script's), if any. */
export function serveLoads(worker: WorkerScope, hash: string): void {
  const load = (url: string) =>
    loadSource(url, (progress) => worker.postMessage({ type: 'progress', progress })).then(
      ({ dataset, skipped, warnings }) => {
        // The columns' buffers are moved, not copied, to the page.
        const { packed, transfer } = packEvents(dataset.events);
        worker.postMessage({ type: 'done', loaded: { dataset: { ...dataset, events: packed }, skipped, warnings } }, transfer);
      },
      (error: unknown) => worker.postMessage(errorReply(error)),
    );
  // The fetch starts from a microtask rather than from this module's top level: an attached
  // inspector records where each request came from, and a stack through the top level makes V8
  // parse the whole module again for its line numbers (7 ms in a trace).
  if (hash.startsWith(LOAD_HASH_PREFIX)) queueMicrotask(() => void load(decodeURIComponent(hash.slice(LOAD_HASH_PREFIX.length))));
  worker.addEventListener('message', (event) => void load(event.data.url));
}

// Only when run as a worker: the unit test imports this module for serveLoads.
const scope = globalThis as unknown as { WorkerGlobalScope?: abstract new () => unknown };
if (typeof scope.WorkerGlobalScope === 'function' && globalThis instanceof scope.WorkerGlobalScope) {
  serveLoads(globalThis as unknown as WorkerScope, globalThis.location.hash);
}
