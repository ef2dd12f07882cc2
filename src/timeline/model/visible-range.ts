import { bisectLeft, bisectRight } from 'd3-array';
import type { TimelineEvent } from '../../data/timeline-event.ts';

/**
 * Finds the events that reach into a time window without scanning them all, so a frame of zoom
 * or pan over 100,000 events costs the events in view, not the dataset.
 *
 * Events arrive sorted by start (parse-dataset.ts), so a binary search on start bounds the
 * window on the right. On the left, an event that started before the window may still reach
 * into it: the search starts one "longest duration" earlier. One year-long event would widen
 * that margin for every other, so events longer than LONG_EVENT_MS are kept aside in a short
 * list and checked one by one.
 *
 * The index also keeps the numbers a coarse-zoom layout needs per event in typed columns, read
 * once: at 100,000 events, reading them from the event objects each frame costs more than the
 * layout itself.
 */
export interface TimeIndex {
  readonly events: readonly TimelineEvent[];
  readonly start: Float64Array;
  readonly stop: Float64Array;
  /** Where a point mark sits in time: its minute, or the middle of the period its date names. */
  readonly centre: Float64Array;
  /** 1 when the event has an `end` (it may draw as a span). */
  readonly hasEnd: Uint8Array;
  /** Index into `categoryIds`, per event. */
  readonly category: Uint16Array;
  readonly categoryIds: readonly string[];
  /** Where an event (by id) is, or undefined. */
  readonly positionOf: (id: string) => number | undefined;
  /** The longest duration among the events that are not in `long`. */
  readonly maxShortDuration: number;
  /** Positions (ascending) of the events longer than LONG_EVENT_MS. */
  readonly long: readonly number[];
}

/** Longer than any month, so month-precision dates (the common coarse case) stay "short". */
export const LONG_EVENT_MS = 40 * 24 * 60 * 60 * 1000;

/**
 * Layouts ask where one or two events are (the selected one, the tab stop): a scan per id,
 * remembered, costs far less than a map of 100,000 ids built for every filter result.
 */
function positionFinder(events: readonly TimelineEvent[]): (id: string) => number | undefined {
  const found = new Map<string, number | undefined>();
  return (id) => {
    if (!found.has(id)) {
      const position = events.findIndex((event) => event.id === id);
      found.set(id, position < 0 ? undefined : position);
    }
    return found.get(id);
  };
}

/** One pass over the events, once per dataset (or filter result). */
export function createTimeIndex(events: readonly TimelineEvent[]): TimeIndex {
  const n = events.length;
  const index = {
    events,
    start: new Float64Array(n),
    stop: new Float64Array(n),
    centre: new Float64Array(n),
    hasEnd: new Uint8Array(n),
    category: new Uint16Array(n),
    categoryIds: [] as string[],
    positionOf: positionFinder(events),
    maxShortDuration: 0,
    long: [] as number[],
  };
  const codes = new Map<string, number>();
  events.forEach((event, position) => {
    const { start, stop, date } = event;
    index.start[position] = start;
    index.stop[position] = stop;
    const timed = date.precision === 'minute' || date.precision === 'second';
    index.centre[position] = timed ? start : (start + Math.min(stop, date.end)) / 2;
    index.hasEnd[position] = event.end ? 1 : 0;
    let code = codes.get(event.category);
    if (code === undefined) codes.set(event.category, (code = index.categoryIds.push(event.category) - 1));
    index.category[position] = code;
    if (stop - start > LONG_EVENT_MS) index.long.push(position);
    else index.maxShortDuration = Math.max(index.maxShortDuration, stop - start);
  });
  return index;
}

/** The range of positions the binary search leaves to check (long events aside). */
export function candidateRange(index: TimeIndex, from: number, to: number): { readonly lo: number; readonly hi: number } {
  const hi = bisectLeft(index.start, to);
  const lo = Math.min(bisectRight(index.start, from - index.maxShortDuration), hi);
  return { lo, hi };
}

/** Positions of the events with stop > from and start < to, ascending (time order). */
export function positionsInWindow(index: TimeIndex, from: number, to: number): Int32Array {
  const { lo, hi } = candidateRange(index, from, to);
  const found = new Int32Array(hi - lo + index.long.length);
  let count = 0;
  // Long events that start before the searched range come first: their positions are below lo.
  for (const position of index.long) {
    if (position >= lo) break;
    if (index.stop[position]! > from && index.start[position]! < to) found[count++] = position;
  }
  for (let position = lo; position < hi; position++) if (index.stop[position]! > from) found[count++] = position;
  return found.subarray(0, count);
}

/** The events in the window, in time order: a new array; the index and events are not touched. */
export function eventsInWindow(index: TimeIndex, from: number, to: number): TimelineEvent[] {
  return Array.from(positionsInWindow(index, from, to), (position) => index.events[position]!);
}
