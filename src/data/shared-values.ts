import { parseCalendarDate, type DateParseResult } from './calendar-date.ts';
import type { RawPlace } from './dataset-schema.ts';

/**
 * Values that repeat across events (a day has dozens of events, a town hundreds) are made
 * once and shared. At 100,000 events that saves parsing the same date again, and it roughly
 * halves the cost of handing the events from the worker to the page: structured cloning
 * copies a shared object once. The values are read-only, so sharing them is safe.
 */

/** The list an event without actors or tags gets. */
export const NO_STRINGS: readonly string[] = Object.freeze([]);

export interface SharedValues {
  /** parseCalendarDate, once per distinct text. */
  date(text: string): DateParseResult;
  /** One object per distinct place. */
  place(place: RawPlace | undefined): RawPlace | undefined;
}

export function createSharedValues(): SharedValues {
  const dates = new Map<string, DateParseResult>();
  const places = new Map<string, RawPlace>();
  return {
    date(text) {
      let parsed = dates.get(text);
      if (!parsed) dates.set(text, (parsed = parseCalendarDate(text)));
      return parsed;
    },
    place(place) {
      if (!place) return undefined;
      // A separator no place name contains, and every field, so only equal places meet.
      const key = `${place.name}\u0000${place.country}\u0000${place.lat}\u0000${place.lon}\u0000${place.precision}`;
      const known = places.get(key);
      if (known) return known;
      places.set(key, place);
      return place;
    },
  };
}
