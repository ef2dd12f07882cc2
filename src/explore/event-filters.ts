import type { ClaimStatus } from '../data/claim-status.ts';
import type { TimelineEvent } from '../data/timeline-event.ts';
import { eventMatchesQuery, searchTerms } from './search-text.ts';

/**
 * What the reader has narrowed the events to. Within one facet the choices are alternatives
 * (actor A or actor B); the facets and the search combine (category and actor and text).
 */
export interface EventFilters {
  /** Category ids to show; absent means all, an empty list means none. */
  readonly categories?: readonly string[];
  /**
   * Claim statuses to show; absent means all, an empty list means none. An event without a
   * status makes no claim to filter on, so it is always shown.
   */
  readonly statuses?: readonly ClaimStatus[];
  /** Events with any of these actors; absent or empty means any. */
  readonly actors?: readonly string[];
  /** Events whose place is in any of these countries; absent or empty means any. */
  readonly countries?: readonly string[];
  /** Only the events marked as key moments (`key: true` in the dataset). */
  readonly keyOnly?: boolean;
  readonly query: string;
}

export type Facet = 'category' | 'actor' | 'country';

/** Per event, whether it passes each part of the filters; shared by filtering and counting. */
export interface FilterTests {
  readonly category: (event: TimelineEvent) => boolean;
  readonly status: (event: TimelineEvent) => boolean;
  readonly actor: (event: TimelineEvent) => boolean;
  readonly country: (event: TimelineEvent) => boolean;
  readonly key: (event: TimelineEvent) => boolean;
  readonly query: (event: TimelineEvent) => boolean;
}

const always = () => true;

export function filterTests(filters: EventFilters): FilterTests {
  const categories = filters.categories && new Set(filters.categories);
  const statuses = filters.statuses && new Set<string>(filters.statuses);
  const actors = filters.actors?.length ? new Set(filters.actors) : undefined;
  const countries = filters.countries?.length ? new Set(filters.countries) : undefined;
  const terms = searchTerms(filters.query);
  return {
    category: categories ? (event) => categories.has(event.category) : always,
    status: statuses ? (event) => event.status === undefined || statuses.has(event.status) : always,
    actor: actors ? (event) => event.actors.some((actor) => actors.has(actor)) : always,
    country: countries ? (event) => event.place?.country !== undefined && countries.has(event.place.country) : always,
    key: filters.keyOnly ? (event) => event.key === true : always,
    query: terms.length ? (event) => eventMatchesQuery(event, terms) : always,
  };
}

/** The events that pass every filter, in their original order (a new array; input untouched). */
export function filterEvents(events: readonly TimelineEvent[], filters: EventFilters): readonly TimelineEvent[] {
  if (!hasActiveFilters(filters)) return events;
  const tests = filterTests(filters);
  return events.filter(
    (event) => tests.category(event) && tests.status(event) && tests.actor(event) && tests.country(event) && tests.key(event) && tests.query(event),
  );
}

export function hasActiveFilters(filters: EventFilters): boolean {
  return (
    filters.categories !== undefined ||
    filters.statuses !== undefined ||
    !!filters.actors?.length ||
    !!filters.countries?.length ||
    filters.keyOnly === true ||
    searchTerms(filters.query).length > 0
  );
}

/** Adds or removes one value of a multi-select; an empty choice is written as "no filter". */
export function toggleValue(list: readonly string[] | undefined, value: string): readonly string[] | undefined {
  const current = list ?? [];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  return next.length ? next : undefined;
}

/**
 * Switches one category (or claim status) on or off. Starting from "all" (absent) switches that
 * one off; switching the last one back on returns to "all", so the link stays short.
 */
export function toggleShown<Id extends string>(shown: readonly Id[] | undefined, id: Id, allIds: readonly Id[]): readonly Id[] | undefined {
  const current = shown ?? allIds;
  const next = current.includes(id) ? current.filter((item) => item !== id) : allIds.filter((item) => item === id || current.includes(item));
  return allIds.every((item) => next.includes(item)) ? undefined : next;
}

/**
 * The categories a link asks for, less the ids this dataset does not have (named, for a notice).
 * A link whose ids are all unknown shows everything, not nothing: an empty view there would be
 * a typo's doing, whereas `cat=` (nothing at all) is how "none" is written on purpose.
 */
export function resolveCategories(
  requested: readonly string[] | undefined,
  knownIds: readonly string[],
): { readonly categories: readonly string[] | undefined; readonly unknown: readonly string[] } {
  if (!requested) return { categories: undefined, unknown: [] };
  const known = new Set(knownIds);
  const unknown = requested.filter((id) => !known.has(id));
  if (unknown.length === 0) return { categories: requested, unknown };
  const kept = requested.filter((id) => known.has(id));
  return { categories: kept.length ? kept : undefined, unknown };
}
