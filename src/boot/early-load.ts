import type { LoadReply } from '../data/worker-protocol.ts';

/**
 * A dataset load the page started before its bundle arrived. The built index.html carries a
 * small inline script (scripts/build/early-load-script.ts) that makes the dataset worker while the
 * parser is still reading the HTML, so the worker's start-up, the download and the checks run
 * while the browser fetches and compiles the app: for a small dataset the events are ready
 * before React is. The script keeps the worker's replies until the app takes the load over. It
 * names the file in the worker's address (LOAD_HASH_PREFIX, worker-protocol.ts).
 */
export const EARLY_LOAD_GLOBAL = '__conflictTimelineEarlyLoad';

export interface EarlyLoad {
  /** Absolute, as the worker was asked for it. */
  readonly url: string;
  readonly worker: Worker;
  /** What the worker said before the app listened, in order. */
  readonly replies: readonly MessageEvent<LoadReply>[];
  /** The worker's script could not run (an error event before the app listened). */
  readonly failed: boolean;
}

/**
 * The early load of `url` (absolute), once: later loads (a retry) start their own worker. A
 * load of another address (the app reads the link's `data` more strictly than the script) is
 * stopped, and the app starts its own.
 */
export function takeEarlyLoad(url: string): EarlyLoad | undefined {
  const holder = globalThis as unknown as Record<string, EarlyLoad | undefined>;
  const early = holder[EARLY_LOAD_GLOBAL];
  if (!early) return undefined;
  delete holder[EARLY_LOAD_GLOBAL];
  // From here on the app's own listeners hear the worker; the replies so far are replayed.
  early.worker.onmessage = null;
  early.worker.onerror = null;
  early.worker.onmessageerror = null;
  if (early.url === url) return early;
  early.worker.terminate();
  return undefined;
}

/** Stops the early load, if there is one nobody took: a page without a timeline. */
export function discardEarlyLoad(): void {
  takeEarlyLoad('');
}
