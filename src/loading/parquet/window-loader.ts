import type { TimelineEvent } from '../../data/timeline-event.ts';
import type { TimeSpan, WindowedSource, WindowLoad } from '../../data/windowed-dataset.ts';
import { countInWindow } from '../../data/parquet-summary.ts';
import { readGroupEvents, type ParquetFooter } from './parquet-events.ts';
import type { RangeFile } from './range-file.ts';
import { groupsForWindow, rowsIn, type RowGroupSpan } from './range-plan.ts';

/**
 * The events of a window, row group by row group: the groups the window needs
 * (range-plan.ts) that are not cached yet are fetched together (each by its own range
 * request, over the caller's AbortSignal, so a window the reader has already left stops
 * downloading) and checked; the cache keeps recent groups up to CACHE_ROWS, so panning back
 * costs nothing. A window that needs more than WINDOW_ROWS rows loads nothing new: the page
 * says to zoom in, and the overview still counts everything.
 */
export const WINDOW_ROWS = 120_000;
const CACHE_ROWS = 240_000;

export function windowSource(file: RangeFile, footer: ParquetFooter): WindowedSource<TimelineEvent> {
  // Insertion order is recency: a group used again is moved to the end.
  const cache = new Map<number, readonly TimelineEvent[]>();

  const held = (): TimelineEvent[] =>
    [...cache.keys()].sort((a, b) => a - b).flatMap((index) => cache.get(index)!);

  function evict(keep: ReadonlySet<number>) {
    let rows = [...cache.values()].reduce((sum, events) => sum + events.length, 0);
    for (const [index, events] of cache) {
      if (rows <= CACHE_ROWS) break;
      if (keep.has(index)) continue;
      cache.delete(index);
      rows -= events.length;
    }
  }

  async function fetchGroups(groups: readonly RowGroupSpan[], signal: AbortSignal, onProgress: (done: number, total: number) => void) {
    const total = groups.reduce((sum, group) => sum + group.bytes, 0);
    let done = 0;
    const slices = file.withSignal(signal, (bytes) => onProgress((done += bytes), total));
    const loaded = await Promise.all(groups.map((group) => readGroupEvents(slices, footer, [group])));
    signal.throwIfAborted();
    groups.forEach((group, i) => cache.set(group.index, loaded[i]!.dataset.events));
  }

  return {
    summary: footer.summary,
    byteLength: file.byteLength,
    ranged: file.ranged,
    received: file.received,
    windowLimit: WINDOW_ROWS,
    async load(window: TimeSpan, signal: AbortSignal, onProgress): Promise<WindowLoad<TimelineEvent>> {
      const groups = groupsForWindow(footer.spans, window);
      if (rowsIn(groups) > WINDOW_ROWS) return { events: held(), tooMany: countInWindow(footer.summary, window.from, window.to) };
      for (const group of groups) {
        const events = cache.get(group.index);
        if (!events) continue;
        cache.delete(group.index);
        cache.set(group.index, events);
      }
      const missing = groups.filter((group) => !cache.has(group.index));
      if (missing.length > 0) await fetchGroups(missing, signal, onProgress);
      evict(new Set(groups.map((group) => group.index)));
      return { events: held() };
    },
  };
}
