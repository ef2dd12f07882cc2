import { claimStatusMeaning } from '../../data/claim-status.ts';
import { formatEventDate } from '../../data/format-date.ts';
import type { TimelineEvent } from '../../data/timeline-event.ts';

/**
 * A mark's accessible name and tooltip line: its date, its title, and its claim status where it
 * is less than confirmed ("(claimed)"), which the mark's outline shows to those who see it.
 */
export function markLabel(event: TimelineEvent): string {
  const status = event.status && event.status !== 'confirmed' ? ` (${claimStatusMeaning(event.status).inline})` : '';
  return `${formatEventDate(event.date, event.end, event.approximate)}: ${event.title}${status}`;
}
