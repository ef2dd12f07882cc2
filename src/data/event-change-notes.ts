import type { CalendarDate } from './calendar-date.ts';
import { changeAnchors } from './change-anchor.ts';
import type { DatasetChange, TimelineEvent } from './timeline-event.ts';

/**
 * What the event panel says about an event's history: each entry of the dataset's `changes`
 * that names the event ("Corrected 7 Dec 2026: …"), newest first as the dataset lists them, each
 * with its anchor on the Corrections page. An event that only carries `updated` gets one
 * "Updated" note, at the entry of that day if there is one (else the page's top).
 */
export interface EventChangeNote {
  readonly kind: 'corrected' | 'updated';
  readonly date: CalendarDate;
  readonly summary?: string;
  /** The entry's id on the Corrections page (change-anchor.ts); none: the page itself. */
  readonly anchor?: string;
}

/** The anchors of a dataset's changes, in its order (the dates as written, "2024-03-01"). */
export const datasetChangeAnchors = (changes: readonly DatasetChange[]): string[] =>
  changeAnchors(changes.map((change) => ({ date: change.date.text })));

export function eventChangeNotes(event: Pick<TimelineEvent, 'id' | 'updated'>, changes: readonly DatasetChange[]): EventChangeNote[] {
  const anchors = datasetChangeAnchors(changes);
  const named = changes.flatMap((change, index): EventChangeNote[] =>
    change.events.includes(event.id) ? [{ kind: 'corrected', date: change.date, summary: change.summary, anchor: anchors[index] }] : [],
  );
  if (named.length > 0 || !event.updated) return named;
  const day = event.updated.text.slice(0, 10);
  const sameDay = changes.findIndex((change) => change.date.text.slice(0, 10) === day);
  return [{ kind: 'updated', date: event.updated, ...(sameDay >= 0 ? { anchor: anchors[sameDay] } : {}) }];
}
