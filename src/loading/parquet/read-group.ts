import type { TimelineEvent } from '../../data/timeline-event.ts';
import type { ParquetPart } from './merge-footers.ts';
import { readGroupEvents } from './parquet-events.ts';
import type { RowGroupSpan } from './range-plan.ts';

/**
 * How one row group is read: fetched by its own range request (over `signal`, so a group no
 * window needs any more stops downloading; `onBytes` hears what arrives), decoded and checked,
 * its events in time order. In the window workers (window-worker-client.ts), or on this thread
 * (readGroupInPlace) where none starts.
 */
export type ReadGroup = (group: RowGroupSpan, signal: AbortSignal, onBytes: (bytes: number) => void) => Promise<readonly TimelineEvent[]>;

/** `parts`: the dataset's files, where each group's `file` points. */
export function readGroupInPlace(parts: readonly ParquetPart[]): ReadGroup {
  return async (group, signal, onBytes) => {
    const { file, footer } = parts[group.file]!;
    return (await readGroupEvents(file.withSignal(signal, onBytes), footer, [footer.spans[group.index]!], signal)).dataset.events;
  };
}
