import { formatEventDate } from '../../data/format-date.ts';
import type { TimelineEvent } from '../../data/timeline-event.ts';

/** A mark's accessible name and tooltip line: its date, then its title. */
export function markLabel(event: TimelineEvent): string {
  return `${formatEventDate(event.date, event.end, event.approximate)}: ${event.title}`;
}
