import type { TimelineEvent } from '../../data/timeline-event.ts';
import type { TimeWindow } from '../../view-store/view-state.ts';
import { fitWindow, windowAround, zoomLimitsFor, type ZoomLimits } from './zoom-window.ts';

const DAY = 24 * 60 * 60 * 1000;
/** What an empty dataset shows: the four weeks up to now. */
const EMPTY_SPAN = 28 * DAY;
/** How much a link to one event (`/events/<id>`, no window) shows around it. */
const DEEP_LINK_SPAN = 28 * DAY;

/** From the earliest start to the latest stop; an empty dataset gets the four weeks to `now`. */
export function extentOf(events: readonly TimelineEvent[], now = Date.now()): TimeWindow {
  if (events.length === 0) return { from: now - EMPTY_SPAN, to: now };
  let from = Infinity;
  let to = -Infinity;
  for (const event of events) {
    from = Math.min(from, event.start);
    to = Math.max(to, event.stop);
  }
  return { from, to };
}

/** A dataset's time: its extent, how far one may zoom and pan, and the window that shows it all. */
export interface TimeFrame {
  readonly extent: TimeWindow;
  readonly limits: ZoomLimits;
  readonly fit: TimeWindow;
}

interface CachedFrame extends TimeFrame {
  readonly defaults: Map<string, TimeWindow>;
}

// One per dataset, shared by every part of the screen: the extent is a pass over all events.
const frames = new WeakMap<object, CachedFrame>();

/**
 * `known`: the extent of a dataset whose events are not all loaded (a Parquet file's, from its
 * footer), which then keys the frame, so the frame stays the same as windows load.
 */
function cachedFrameOf(events: readonly TimelineEvent[], known?: TimeWindow): CachedFrame {
  let frame = frames.get(known ?? events);
  if (!frame) {
    const extent = known ?? extentOf(events);
    frame = { extent, limits: zoomLimitsFor(extent), fit: fitWindow(extent), defaults: new Map() };
    frames.set(known ?? events, frame);
  }
  return frame;
}

export function timeFrameOf(events: readonly TimelineEvent[], known?: TimeWindow): TimeFrame {
  return cachedFrameOf(events, known);
}

/**
 * The window of a link that names none: four weeks around the event it opens (`/events/<id>`),
 * else all of the data. The same object for the same dataset and event, whoever asks: the
 * timeline tells a gesture's frames from the settled window by identity.
 */
export function defaultWindowFor(events: readonly TimelineEvent[], selectedId: string | undefined, known?: TimeWindow): TimeWindow {
  const frame = cachedFrameOf(events, known);
  if (selectedId === undefined) return frame.fit;
  let window = frame.defaults.get(selectedId);
  if (!window) {
    const event = events.find((candidate) => candidate.id === selectedId);
    window = event ? windowAround((event.start + event.stop) / 2, DEEP_LINK_SPAN, frame.limits) : frame.fit;
    frame.defaults.set(selectedId, window);
  }
  return window;
}
