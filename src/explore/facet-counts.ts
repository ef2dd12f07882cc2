import type { ClaimStatus } from '../data/claim-status.ts';
import type { TimelineEvent } from '../data/timeline-event.ts';
import { filterTests, type EventFilters } from './event-filters.ts';

export interface FacetCounts {
  readonly categories: ReadonlyMap<string, number>;
  readonly actors: ReadonlyMap<string, number>;
  readonly countries: ReadonlyMap<string, number>;
}

export interface FacetOption {
  readonly value: string;
  /** What the reader sees, where it is not the value itself (a category's label for its id). */
  readonly label?: string;
  readonly count: number;
}

function add(map: Map<string, number>, key: string) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * How many events each choice would show, given the other filters: a facet's own choices do
 * not narrow its counts (picking a second actor adds to the first), everything else (search and
 * "key events only" included) does.
 * One pass over the events, so it stays cheap with 100,000 of them.
 */
export function facetCounts(events: readonly TimelineEvent[], filters: EventFilters): FacetCounts {
  const tests = filterTests(filters);
  const categories = new Map<string, number>();
  const actors = new Map<string, number>();
  const countries = new Map<string, number>();
  for (const event of events) {
    if (!tests.key(event) || !tests.query(event) || !tests.status(event)) continue;
    const category = tests.category(event);
    const actor = tests.actor(event);
    const country = tests.country(event);
    if (actor && country) add(categories, event.category);
    if (category && country) for (const name of new Set(event.actors)) add(actors, name);
    if (category && actor && event.place?.country !== undefined) add(countries, event.place.country);
  }
  return { categories, actors, countries };
}

export interface LegendCounts {
  readonly categories: ReadonlyMap<string, number>;
  /** Events per claim status; events without one are not counted. */
  readonly statuses: ReadonlyMap<ClaimStatus, number>;
}

/**
 * What the two legends show from the first frame, in one pass over the events (it runs on every
 * change of the filters and each keystroke of the search): per category given every filter but
 * the categories, per claim status given every filter but the statuses. facetCounts without the
 * actor and country tallies, which only an open filter list needs.
 */
export function legendCounts(events: readonly TimelineEvent[], filters: EventFilters): LegendCounts {
  const tests = filterTests(filters);
  const categories = new Map<string, number>();
  const statuses = new Map<ClaimStatus, number>();
  for (const event of events) {
    if (!tests.key(event) || !tests.query(event) || !tests.actor(event) || !tests.country(event)) continue;
    if (tests.status(event)) add(categories, event.category);
    if (event.status && tests.category(event)) statuses.set(event.status, (statuses.get(event.status) ?? 0) + 1);
  }
  return { categories, statuses };
}

/**
 * The options of a multi-select: every value with events (most events first, then by name),
 * plus any chosen value that has none now, so a choice never disappears from its own list.
 */
export function facetOptions(counts: ReadonlyMap<string, number>, chosen: readonly string[] = []): readonly FacetOption[] {
  const options = [...counts].map(([value, count]) => ({ value, count }));
  for (const value of chosen) if (!counts.has(value)) options.push({ value, count: 0 });
  return options.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en'));
}
