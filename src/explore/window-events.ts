import type { TimelineEvent } from '../data/timeline-event.ts';
import type { TimeWindow } from '../routes/view-state.ts';

const DEFAULT_SPAN = 28 * 24 * 60 * 60 * 1000;

/** From the earliest start to the latest stop; an empty dataset gets the four weeks to `now`. */
export function extentOf(events: readonly TimelineEvent[], now = Date.now()): TimeWindow {
  if (events.length === 0) return { from: now - DEFAULT_SPAN, to: now };
  let from = Infinity;
  let to = -Infinity;
  for (const event of events) {
    from = Math.min(from, event.start);
    to = Math.max(to, event.stop);
  }
  return { from, to };
}

/**
 * The events that overlap the window (stop is exclusive), in their order: what the count line
 * counts and the list shows, so both agree with what the timeline draws.
 */
export function eventsInWindow(events: readonly TimelineEvent[], window: TimeWindow): readonly TimelineEvent[] {
  return events.filter((event) => event.stop > window.from && event.start < window.to);
}
