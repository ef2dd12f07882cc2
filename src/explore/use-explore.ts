import { CLAIM_STATUSES, type ClaimStatus } from '../data/claim-status.ts';
import type { TimelineEvent } from '../data/timeline-event.ts';
import { usePageWindow } from '../timeline/view/use-view-window.ts';
import { viewStore } from '../view-store/app-view-store.ts';
import { useLoadedDataset } from '../view-store/use-loaded-dataset.ts';
import { useViewSettings } from '../view-store/use-view-store.ts';
import { toggleShown, toggleValue } from './event-filters.ts';
import { exploreModelOf, type ExploreModel } from './explore-model.ts';
import { eventsInWindow } from './window-events.ts';

function useExploreModel(): ExploreModel {
  const { events, categories } = useLoadedDataset().dataset;
  return exploreModelOf(events, categories, useViewSettings());
}

/**
 * The filters as the view states them, the events they let through, the counts each choice
 * would give, and the ways to change them (each one a history entry, so Back undoes it; the
 * search box writes the search itself).
 */
export function useExplore() {
  const model = useExploreModel();
  const settings = useViewSettings();
  const update = viewStore.updateSettings;
  return {
    ...model,
    toggleCategory: (id: string) => update({ categories: toggleShown(model.shownCategories, id, model.categoryIds) }),
    toggleStatus: (status: ClaimStatus) => update({ statuses: toggleShown(settings.statuses, status, CLAIM_STATUSES) }),
    toggleActor: (actor: string) => update({ actors: toggleValue(settings.actors, actor) }),
    toggleCountry: (country: string) => update({ countries: toggleValue(settings.countries, country) }),
    toggleKeyOnly: () => update({ keyOnly: !settings.keyOnly }),
    clear: () => update({ categories: undefined, statuses: undefined, actors: undefined, countries: undefined, keyOnly: false, query: '' }),
  };
}

/** The events the filters let through, in time order. */
export function useShownEvents(): readonly TimelineEvent[] {
  return useExploreModel().shown;
}

// Keyed like the model: the count line, the list and the map share one pass per window.
const inViewCache = new WeakMap<readonly TimelineEvent[], WeakMap<object, readonly TimelineEvent[]>>();

/** The shown events in the page's window: what the count line counts, the list lists and the map maps. */
export function useEventsInView(): readonly TimelineEvent[] {
  const shown = useShownEvents();
  const window = usePageWindow();
  let byWindow = inViewCache.get(shown);
  if (!byWindow) inViewCache.set(shown, (byWindow = new WeakMap()));
  let inView = byWindow.get(window);
  if (!inView) byWindow.set(window, (inView = eventsInWindow(shown, window)));
  return inView;
}
