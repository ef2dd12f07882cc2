import { useMemo } from 'react';
import type { Category, TimelineEvent } from '../data/timeline-event.ts';
import type { ViewState } from '../routes/view-state.ts';
import { categoryCounts, facetCounts, facetOptions } from './facet-counts.ts';
import { filterEvents, hasActiveFilters, resolveCategories, toggleCategory, toggleValue, type EventFilters } from './event-filters.ts';

/** `make` run on the first call only; later calls give its result. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** Writes a change of the view to the URL; filters push, search replaces while typing. */
export type UpdateView = (change: Partial<ViewState>, options?: { replace?: boolean }) => void;

/**
 * The filters as the URL states them, the events they let through, the counts each choice
 * would give, and the ways to change them (each one a URL change, so Back undoes it).
 */
export function useExplore(view: ViewState, events: readonly TimelineEvent[], categories: readonly Category[], update: UpdateView) {
  const categoryIds = useMemo(() => categories.map((category) => category.id), [categories]);
  const resolved = useMemo(() => resolveCategories(view.categories, categoryIds), [view.categories, categoryIds]);
  const filters = useMemo<EventFilters>(
    () => ({
      categories: resolved.categories,
      actors: view.actors,
      countries: view.countries,
      keyOnly: view.keyOnly,
      query: view.query,
    }),
    [resolved.categories, view.actors, view.countries, view.keyOnly, view.query],
  );
  const shown = useMemo(() => filterEvents(events, filters), [events, filters]);
  const countsByCategory = useMemo(() => categoryCounts(events, filters), [events, filters]);
  // The actor and country lists are counted when one is opened, not for every frame before:
  // a pass over 100,000 events and a sort by name (whose first use loads the collation data).
  const counts = useMemo(() => once(() => facetCounts(events, filters)), [events, filters]);
  const actorOptions = useMemo(() => once(() => facetOptions(counts().actors, view.actors)), [counts, view.actors]);
  const countryOptions = useMemo(() => once(() => facetOptions(counts().countries, view.countries)), [counts, view.countries]);
  const hidden = useMemo(() => {
    const shownIds = resolved.categories;
    return new Set(shownIds ? categoryIds.filter((id) => !shownIds.includes(id)) : []);
  }, [resolved.categories, categoryIds]);

  const problem = resolved.unknown.length
    ? `Ignored ${resolved.unknown.length === 1 ? 'a category' : 'categories'} this dataset does not have: ${resolved.unknown.join(', ')}.`
    : undefined;

  return {
    filters,
    shown,
    active: hasActiveFilters(filters),
    categoryCounts: countsByCategory,
    hidden,
    actorOptions,
    countryOptions,
    problem,
    toggleCategory: (id: string) => update({ categories: toggleCategory(resolved.categories, id, categoryIds) }),
    toggleActor: (actor: string) => update({ actors: toggleValue(view.actors, actor) }),
    toggleCountry: (country: string) => update({ countries: toggleValue(view.countries, country) }),
    toggleKeyOnly: () => update({ keyOnly: !view.keyOnly }),
    clear: () => update({ categories: undefined, actors: undefined, countries: undefined, keyOnly: false, query: '' }),
    setQuery: (query: string) => update({ query }, { replace: true }),
  };
}
