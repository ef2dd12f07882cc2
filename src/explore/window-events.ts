import type { TimelineEvent } from '../data/timeline-event.ts';
import type { TimeWindow } from '../view-store/view-state.ts';

/**
 * The events that overlap the window (stop is exclusive), in their order: what the count line
 * counts and the list shows, so both agree with what the timeline draws.
 */
export function eventsInWindow(events: readonly TimelineEvent[], window: TimeWindow): readonly TimelineEvent[] {
  return events.filter((event) => event.stop > window.from && event.start < window.to);
}
