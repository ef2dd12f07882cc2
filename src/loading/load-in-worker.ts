import { takeEarlyLoad } from '../boot/early-load.ts';
import { fetchFailure } from '../data/fetch-failure.ts';
import { DatasetLoadError, RESPONSE_TIMEOUT_MS, timeoutError } from '../data/fetch-text.ts';
import type { LoadProgress } from '../data/load-status.ts';
import { unpackEvents } from '../data/packed-events.ts';
import type { LoadedDataset } from '../data/timeline-event.ts';
import type { LoadReply, LoadRequest } from '../data/worker-protocol.ts';

/**
 * Fetches and reads a dataset in a Web Worker, so that a 50 MB file with 100,000 events never
 * freezes the page, and so that the download and the checks run beside the page's own start-up
 * on a second core. The worker reports progress and sends back the parsed events in columns
 * (packed-events.ts), which cost the page far less to receive than objects. The page keeps the response timeout itself too, from the worker's
 * progress, so that it holds whatever happens to the worker (and page clocks in tests govern it).
 */

export interface WorkerLoadOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: LoadProgress) => void;
}

export function workerAvailable(): boolean {
  return typeof Worker === 'function';
}

export function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** A worker resolves a relative address against its own script: make it absolute first. */
function absolute(url: string): string {
  const base = typeof document === 'undefined' ? globalThis.location?.href : document.baseURI;
  return new URL(url, base).href;
}

/**
 * Resolves with the dataset, or with undefined when no worker could start (a strict CSP, its
 * script missing): the caller then loads on the main thread. Failures of the source reject
 * with a DatasetLoadError naming `url` as given.
 */
export function loadInWorker(url: string, { signal, onProgress }: WorkerLoadOptions = {}): Promise<LoadedDataset | undefined> {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  let worker: Worker;
  let request: LoadRequest;
  let early: ReturnType<typeof takeEarlyLoad>;
  try {
    request = { url: absolute(url) };
    // Usually the page's early script has already made the worker and asked for this very file.
    early = takeEarlyLoad(request.url);
    worker = early?.worker ?? new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module', name: 'dataset-loader' });
  } catch {
    return Promise.resolve(undefined);
  }
  return new Promise<LoadedDataset | undefined>((resolve, reject) => {
    let heard = false;
    let received: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      clearTimeout(timer);
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    // Armed while the worker waits for the server; bytes arriving re-arm it, reading stops it.
    const watch = (progress?: LoadProgress) => {
      clearTimeout(timer);
      if (progress && progress.stage !== 'connecting' && progress.stage !== 'downloading') return;
      if (progress?.stage === 'downloading') received = progress.loaded;
      timer = setTimeout(() => {
        finish();
        reject(timeoutError(url, received === undefined ? 'answer' : 'body', received ?? 0));
      }, RESPONSE_TIMEOUT_MS);
    };
    const onAbort = () => {
      finish();
      reject(abortError(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const onReply = (event: MessageEvent<LoadReply>) => {
      heard = true;
      const reply = event.data;
      if (reply.type === 'progress') {
        watch(reply.progress);
        onProgress?.(reply.progress);
      } else if (reply.type === 'done') {
        finish();
        const { dataset, skipped, warnings } = reply.loaded;
        resolve({ dataset: { ...dataset, events: unpackEvents(dataset.events) }, skipped, warnings });
      } else {
        finish();
        reject(new DatasetLoadError(url, reply.failure, reply.permanent, reply.kind));
      }
    };
    const onFailure = (event: Event) => {
      event.preventDefault();
      finish();
      if (!heard) resolve(undefined);
      else reject(new DatasetLoadError(url, fetchFailure('fetch.readerStopped'), false, 'other'));
    };
    worker.addEventListener('message', onReply);
    worker.addEventListener('error', onFailure);
    worker.addEventListener('messageerror', onFailure);
    watch();
    if (!early) {
      worker.postMessage(request);
      return;
    }
    // The early load's replies so far, as if heard now; a reply that settles the load ends it.
    for (const reply of early.replies) onReply(reply);
    if (early.failed) onFailure(new Event('error'));
  });
}
