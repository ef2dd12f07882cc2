import type { TimelineEvent } from '../../data/timeline-event.ts';
import type { TimeSpan, WindowedSource, WindowLoad } from '../../data/windowed-dataset.ts';
import { countInWindow } from '../../data/parquet-summary.ts';
import type { ParquetDataset } from './merge-footers.ts';
import { groupsForWindow, rowsIn, type RowGroupSpan } from './range-plan.ts';
import type { ReadGroup } from './read-group.ts';

/**
 * The events of a window, row group by row group, of one file or of an index's several
 * (merge-footers.ts: the unit is a file's row group, and a window's may come from several
 * files): the groups the window needs (range-plan.ts) that are not cached yet are read together
 * by `readGroup` (read-group.ts: in the window workers, or on this thread where none starts). A
 * group already being read for an earlier window is joined rather than read again; a group no
 * window waits for any more is cancelled (its range request stops), so a window the reader has
 * already left stops downloading. `prefetch` starts the groups of a window the reader is still
 * choosing (the overview's brush while it is drawn), so that most are read by the time it is let
 * go. The cache keeps recent groups up to CACHE_ROWS, so panning back costs nothing.
 * A window that needs more than WINDOW_ROWS rows loads nothing new: the page says to zoom in,
 * and the overview still counts everything.
 */
export const WINDOW_ROWS = 120_000;
const CACHE_ROWS = 240_000;

/** A group being read, and the windows waiting for it (their progress listeners). */
interface InFlight {
  readonly events: Promise<readonly TimelineEvent[]>;
  readonly controller: AbortController;
  readonly listeners: Set<(bytes: number) => void>;
  /** Bytes received so far, told to a window that joins later. */
  bytes: number;
  settled: boolean;
}

/** Rejects when `signal` aborts, with its reason. */
function whenAborted(signal: AbortSignal): Promise<never> {
  const aborted = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
  aborted.catch(() => undefined);
  return aborted;
}

/** Events of several files in time order: they are unless files overlap in time (an index not split by time). */
function inTimeOrder(events: TimelineEvent[]): TimelineEvent[] {
  for (let i = 1; i < events.length; i++) {
    const a = events[i - 1]!;
    const b = events[i]!;
    if (a.start > b.start || (a.start === b.start && a.stop > b.stop)) return events.sort((x, y) => x.start - y.start || x.stop - y.stop);
  }
  return events;
}

export function windowSource(dataset: ParquetDataset, readGroup: ReadGroup): WindowedSource<TimelineEvent> {
  const { parts, spans, summary } = dataset;
  // What opening the files fetched, then the row groups' bytes, whichever thread fetched them.
  let received = parts.reduce((sum, part) => sum + part.file.received(), 0);
  // Keyed by the span itself (a file's group; the plan hands out these same objects).
  // Insertion order is recency: a group used again is moved to the end.
  const cache = new Map<RowGroupSpan, readonly TimelineEvent[]>();
  const inFlight = new Map<RowGroupSpan, InFlight>();

  const held = (): TimelineEvent[] => {
    const events = spans.filter((span) => cache.has(span)).flatMap((span) => cache.get(span)!);
    return parts.length > 1 ? inTimeOrder(events) : events;
  };

  function evict(keep: ReadonlySet<RowGroupSpan>) {
    let rows = [...cache.values()].reduce((sum, events) => sum + events.length, 0);
    for (const [index, events] of cache) {
      if (rows <= CACHE_ROWS) break;
      if (keep.has(index)) continue;
      cache.delete(index);
      rows -= events.length;
    }
  }

  function start(group: RowGroupSpan): InFlight {
    const controller = new AbortController();
    const listeners = new Set<(bytes: number) => void>();
    const events = readGroup(group, controller.signal, (bytes) => {
      received += bytes;
      flight.bytes += bytes;
      for (const listener of listeners) listener(bytes);
    });
    const flight: InFlight = { events, controller, listeners, bytes: 0, settled: false };
    inFlight.set(group, flight);
    // Before any window's own reaction to it: a group read to its end is kept (even if every
    // window that wanted it has moved on), and no longer cancelled.
    const done = () => {
      flight.settled = true;
      if (inFlight.get(group) === flight) inFlight.delete(group);
    };
    events.then((loaded) => {
      cache.set(group, loaded);
      done();
    }, done);
    return flight;
  }

  /** Waits for `group` (joining a read under way); the returned function leaves it, cancelling it when no one else waits. */
  function join(group: RowGroupSpan, listener: (bytes: number) => void) {
    let flight = inFlight.get(group);
    if (!flight || flight.controller.signal.aborted) flight = start(group);
    flight.listeners.add(listener);
    if (flight.bytes > 0) listener(flight.bytes);
    const joined = flight;
    const leave = () => {
      joined.listeners.delete(listener);
      if (joined.listeners.size === 0 && !joined.settled) joined.controller.abort();
    };
    return { events: joined.events, leave };
  }

  // The groups a prefetch holds, until the next prefetch or load takes them over.
  let prefetched: { leave: () => void }[] = [];
  const prefetch = (window: TimeSpan | undefined) => {
    const groups = window ? groupsForWindow(spans, window) : [];
    // A frame wider than a window loads (a pinch passing through on its way in or out): what
    // is on its way goes on, rather than being cancelled and asked for again a frame later.
    if (rowsIn(groups) > WINDOW_ROWS) return;
    const next = groups.filter((group) => !cache.has(group)).map((group) => join(group, () => {}));
    // Left after the new ones are joined: a group both want goes on.
    for (const read of prefetched) read.leave();
    prefetched = next;
  };

  async function readGroups(groups: readonly RowGroupSpan[], signal: AbortSignal, onProgress: (done: number, total: number) => void) {
    const total = groups.reduce((sum, group) => sum + group.bytes, 0);
    let done = 0;
    const listener = (bytes: number) => onProgress((done += bytes), total);
    const reads = groups.map((group) => join(group, listener));
    prefetch(undefined);
    try {
      await Promise.race([Promise.all(reads.map((read) => read.events)), whenAborted(signal)]);
    } finally {
      for (const read of reads) read.leave();
    }
  }

  return {
    summary,
    byteLength: parts.reduce((sum, part) => sum + part.file.byteLength, 0),
    ranged: parts.every((part) => part.file.ranged),
    files: parts.length,
    received: () => received,
    windowLimit: WINDOW_ROWS,
    prefetch,
    async load(window: TimeSpan, signal: AbortSignal, onProgress): Promise<WindowLoad<TimelineEvent>> {
      signal.throwIfAborted();
      const groups = groupsForWindow(spans, window);
      if (rowsIn(groups) > WINDOW_ROWS) {
        prefetch(undefined);
        return { events: held(), tooMany: countInWindow(summary, window.from, window.to) };
      }
      for (const group of groups) {
        const events = cache.get(group);
        if (!events) continue;
        cache.delete(group);
        cache.set(group, events);
      }
      const missing = groups.filter((group) => !cache.has(group));
      // readGroups takes over what a prefetch started (and leaves the rest).
      if (missing.length > 0) await readGroups(missing, signal, onProgress);
      else prefetch(undefined);
      evict(new Set(groups));
      return { events: held() };
    },
  };
}
