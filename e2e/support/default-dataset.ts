import { readFileSync } from 'node:fs';

/**
 * The default dataset as written, so a test counts and names events from the data, not from a
 * number that goes stale when the dataset grows (it did: 59 events, then 90).
 */
export interface DefaultEvent {
  readonly id: string;
  readonly date: string;
  readonly title: string;
  readonly place?: { readonly country?: string; readonly lat?: number; readonly lon?: number };
}

export const DEFAULT_EVENTS: readonly DefaultEvent[] = (
  JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as { events: DefaultEvent[] }
).events;

export const TOTAL = DEFAULT_EVENTS.length;

/** The header's count of the whole dataset, "N of 90 events", whatever N is. */
export const COUNT_OF_ALL = new RegExp(`^\\d+ of ${TOTAL} events$`);

/** "90 of 90 events": everything shown. */
export const ALL_SHOWN = `${TOTAL} of ${TOTAL} events`;

/** The event the End key reaches: the latest by date (the app's order; day precision is enough). */
export const LAST_EVENT = [...DEFAULT_EVENTS].sort((a, b) => a.date.slice(0, 10).localeCompare(b.date.slice(0, 10))).at(-1)!;
