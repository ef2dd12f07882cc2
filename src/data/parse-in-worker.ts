import { DatasetProblem, type LoadProgress } from './load-status.ts';
import type { ParseReply, ParseRequest } from './parse-worker.ts';

/**
 * The parser (validator, importers' detection) as a chunk of its own: the page needs it only
 * once data has arrived, so it stays out of the first-paint bundle. Call early to load it while
 * the data downloads.
 */
export function preloadParser() {
  return import('./parse-worker.ts');
}
import type { LoadedDataset } from './timeline-event.ts';

/**
 * Parses and validates a dataset off the main thread when it is big enough to matter, so a
 * 50 MB file with 100,000 events does not freeze the page. Small files (the default dataset)
 * are quicker to parse in place than to hand to a worker. Where there is no Worker (Node, the
 * unit tests, the command line), or one cannot start (a strict CSP), it parses in place too.
 * The parsed events come back by structured clone: they are plain data.
 */

/** Texts shorter than this (in UTF-16 code units, ~bytes for JSON) are parsed in place. */
export const WORKER_THRESHOLD = 512 * 1024;

export interface ParseOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: LoadProgress) => void;
  /** Defaults to: when the text is at least WORKER_THRESHOLD long and Worker exists. */
  readonly useWorker?: boolean;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

async function parseInPlace(text: string, contentType: string | null, options: ParseOptions): Promise<LoadedDataset> {
  const { parseDatasetText } = await preloadParser();
  const { loaded } = await parseDatasetText(text, contentType, options.onProgress);
  if (options.signal?.aborted) throw abortError(options.signal);
  return loaded;
}

export function workerAvailable(): boolean {
  return typeof Worker === 'function';
}

export function parseInWorker(text: string, contentType: string | null, options: ParseOptions = {}): Promise<LoadedDataset> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  const wanted = options.useWorker ?? text.length >= WORKER_THRESHOLD;
  if (!wanted || !workerAvailable()) return parseInPlace(text, contentType, options);

  let worker: Worker;
  try {
    worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module', name: 'dataset-parser' });
  } catch {
    return parseInPlace(text, contentType, options);
  }
  return new Promise<LoadedDataset>((resolve, reject) => {
    let heard = false;
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(abortError(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', (event: MessageEvent<ParseReply>) => {
      heard = true;
      const reply = event.data;
      if (reply.type === 'progress') {
        onProgress?.(reply.progress);
      } else if (reply.type === 'done') {
        finish();
        resolve(reply.loaded);
      } else {
        finish();
        reject(new DatasetProblem(reply.message, reply.kind, reply.permanent));
      }
    });
    const onFailure = (event: Event) => {
      event.preventDefault();
      finish();
      // A worker that never started (blocked, or its script missing): do the work here instead.
      if (!heard) parseInPlace(text, contentType, options).then(resolve, reject);
      else reject(new DatasetProblem('The dataset reader stopped unexpectedly.', 'other', false));
    };
    worker.addEventListener('error', onFailure);
    worker.addEventListener('messageerror', onFailure);
    const request: ParseRequest = { text, contentType };
    worker.postMessage(request);
  });
}
