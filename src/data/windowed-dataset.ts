import type { ParquetSummary } from './parquet-summary.ts';

/**
 * A dataset too big to load whole (a Parquet file, or the files of an index, read by range requests): the page holds the
 * events of the windows it has shown, and the overview draws from the file's day counts. The
 * loader lives in loading/parquet/; this is what the rest of the app sees of it. Generic in the
 * event type, so that timeline-event.ts can hold it without an import back.
 */
export interface TimeSpan {
  readonly from: number;
  readonly to: number;
}

export interface WindowLoad<Event> {
  /** Every event now held (the window's and those kept from earlier windows), in time order. */
  readonly events: readonly Event[];
  /** Set when the window holds more events than are loaded at once: about how many it holds. */
  readonly tooMany?: number;
}

export interface WindowedSource<Event> {
  readonly summary: ParquetSummary;
  /** The files' size, all together. */
  readonly byteLength: number;
  /** How many files: 1, or those of an index (data/parquet-index.ts). */
  readonly files: number;
  /** False when the host ignored Range and the whole file was downloaded. */
  readonly ranged: boolean;
  /** Bytes received so far, all requests together. */
  readonly received: () => number;
  /** Most events loaded for one window. */
  readonly windowLimit: number;
  /** Loads what `window` needs; `onProgress` hears bytes done of bytes needed. */
  load(window: TimeSpan, signal: AbortSignal, onProgress: (done: number, total: number) => void): Promise<WindowLoad<Event>>;
  /**
   * Starts reading what `window` will need, ahead of asking for it (a brush still being drawn),
   * instead of what the last call named; undefined stops. A load joins what is under way.
   */
  readonly prefetch: (window: TimeSpan | undefined) => void;
}

export interface WindowedState<Event> {
  readonly source: WindowedSource<Event>;
  /** The window whose events are all loaded, once one is. */
  readonly loaded?: TimeSpan;
  /** The window asked for holds about this many events, more than windowLimit: nothing new loaded. */
  readonly tooMany?: number;
}
