import type { LoadFailure } from './load-failure.ts';
import type { LoadErrorKind, LoadProgress } from './load-status.ts';
import type { PackedEvents } from './packed-events.ts';
import type { Dataset, LoadWarning, RecordProblem } from './timeline-event.ts';

/**
 * What the page and the dataset worker (parse-worker.ts) say to each other. Both sides, and the
 * early script in the page's head (scripts/build/early-load-script.ts), depend on this file and
 * on nothing of each other's, so the worker's bundle never drags in page code, nor the page's
 * the worker's.
 */

/** The page asks the worker to fetch and read a source: the whole load stays off the main thread. */
export interface LoadRequest {
  /** Absolute: a worker resolves relative addresses against its own script, not the page. */
  readonly url: string;
}

/**
 * The early script names the file in the worker's own address (`…/parse-worker.js#load=<url>`)
 * rather than in a LoadRequest: a message posted before the worker runs is passed on by the
 * page's main thread, which is busy compiling the app just then, and would wait for it.
 */
export const LOAD_HASH_PREFIX = '#load=';

/** A loaded dataset with its events in columns (packed-events.ts), as the worker sends it. */
export interface PackedDataset {
  readonly dataset: Omit<Dataset, 'events'> & { readonly events: PackedEvents };
  readonly skipped: readonly RecordProblem[];
  readonly warnings: readonly LoadWarning[];
}

/** Progress (any number), then exactly one of done or error. */
export type LoadReply =
  | { readonly type: 'progress'; readonly progress: LoadProgress }
  | { readonly type: 'done'; readonly loaded: PackedDataset }
  | { readonly type: 'error'; readonly failure: LoadFailure; readonly kind: LoadErrorKind; readonly permanent: boolean };
