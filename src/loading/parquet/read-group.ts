import type { TimelineEvent } from '../../data/timeline-event.ts';
import { readGroupEvents, type ParquetFooter } from './parquet-events.ts';
import type { RangeFile } from './range-file.ts';
import type { RowGroupSpan } from './range-plan.ts';

/**
 * How one row group is read: fetched by its own range request (over `signal`, so a group no
 * window needs any more stops downloading; `onBytes` hears what arrives), decoded and checked,
 * its events in time order. In the window workers (window-worker-client.ts), or on this thread
 * (readGroupInPlace) where none starts.
 */
export type ReadGroup = (group: RowGroupSpan, signal: AbortSignal, onBytes: (bytes: number) => void) => Promise<readonly TimelineEvent[]>;

export function readGroupInPlace(file: RangeFile, footer: ParquetFooter): ReadGroup {
  return async (group, signal, onBytes) => (await readGroupEvents(file.withSignal(signal, onBytes), footer, [group], signal)).dataset.events;
}
