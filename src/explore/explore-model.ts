import { CLAIM_STATUSES, type ClaimStatus } from '../data/claim-status.ts';
import type { Category, TimelineEvent } from '../data/timeline-event.ts';
import type { ViewSettings } from '../view-store/view-store.ts';
import { facetCounts, legendCounts, facetOptions, type FacetOption } from './facet-counts.ts';
import { filterEvents, hasActiveFilters, resolveCategories, type EventFilters } from './event-filters.ts';
import { tn } from '../i18n/translate.ts';

/** `make` run on the first call only; later calls give its result. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** The filters as the view states them, the events they let through, and the counts of each choice. */
export interface ExploreModel {
  readonly filters: EventFilters;
  /** The categories shown (undefined: all), unknown ids left out. */
  readonly shownCategories: readonly string[] | undefined;
  readonly categoryIds: readonly string[];
  readonly shown: readonly TimelineEvent[];
  readonly active: boolean;
  readonly categoryCounts: ReadonlyMap<string, number>;
  readonly hidden: ReadonlySet<string>;
  /** Events per claim status, and the statuses the reader has switched off. */
  readonly statusCounts: ReadonlyMap<ClaimStatus, number>;
  readonly hiddenStatuses: ReadonlySet<ClaimStatus>;
  /** Counted when a list opens, not for every frame before: a pass over all events and a sort by name. */
  readonly actorOptions: () => readonly FacetOption[];
  readonly countryOptions: () => readonly FacetOption[];
  /** A note about categories the link names that the dataset does not have. */
  readonly problem: string | undefined;
}

function computeModel(events: readonly TimelineEvent[], categories: readonly Category[], settings: ViewSettings): ExploreModel {
  const categoryIds = categories.map((category) => category.id);
  const resolved = resolveCategories(settings.categories, categoryIds);
  const shownIds = resolved.categories;
  const filters: EventFilters = {
    categories: shownIds,
    statuses: settings.statuses,
    actors: settings.actors,
    countries: settings.countries,
    keyOnly: settings.keyOnly,
    query: settings.query,
  };
  const counts = once(() => facetCounts(events, filters));
  const legend = legendCounts(events, filters);
  const { unknown } = resolved;
  return {
    filters,
    shownCategories: shownIds,
    categoryIds,
    shown: filterEvents(events, filters),
    active: hasActiveFilters(filters),
    categoryCounts: legend.categories,
    hidden: new Set(shownIds ? categoryIds.filter((id) => !shownIds.includes(id)) : []),
    statusCounts: legend.statuses,
    hiddenStatuses: new Set(settings.statuses ? CLAIM_STATUSES.filter((status) => !settings.statuses!.includes(status)) : []),
    actorOptions: once(() => facetOptions(counts().actors, settings.actors)),
    countryOptions: once(() => facetOptions(counts().countries, settings.countries)),
    problem: unknown.length
      ? tn('explore.unknownCategories', unknown.length, { ids: unknown.join(', ') })
      : undefined,
  };
}

// Keyed by the dataset's events and the store's settings (which keep their identity until they
// change): the timeline, the list, the map and the counts all read one model, made once.
const models = new WeakMap<readonly TimelineEvent[], WeakMap<ViewSettings, ExploreModel>>();

export function exploreModelOf(events: readonly TimelineEvent[], categories: readonly Category[], settings: ViewSettings): ExploreModel {
  let bySettings = models.get(events);
  if (!bySettings) models.set(events, (bySettings = new WeakMap()));
  let model = bySettings.get(settings);
  if (!model) bySettings.set(settings, (model = computeModel(events, categories, settings)));
  return model;
}
