import { useSyncExternalStore } from 'react';
import type { PageMode } from './view-path.ts';
import type { LinkProblem, TimeWindow } from './view-state.ts';
import { viewStore } from './app-view-store.ts';
import type { ViewSettings, ViewSnapshot } from './view-store.ts';

/**
 * Selector hooks on the view store: a component re-renders when the part it reads changes
 * (each part keeps its identity until then), so a gesture's frames re-render the timeline alone.
 */
function useViewPart<T>(select: (snapshot: ViewSnapshot) => T): T {
  const read = () => select(viewStore.getSnapshot());
  return useSyncExternalStore(viewStore.subscribe, read, read);
}

export const useSelectedId = (): string | undefined => useViewPart((snapshot) => snapshot.selectedId);
export const useViewSettings = (): ViewSettings => useViewPart((snapshot) => snapshot.settings);
export const usePageMode = (): PageMode => useViewPart((snapshot) => snapshot.mode);
export const useLinkProblems = (): readonly LinkProblem[] => useViewPart((snapshot) => snapshot.problems);
/** The window drawn now; undefined while the link names none (see timeline/use-view-window.ts). */
export const useStoredLiveWindow = (): TimeWindow | undefined => useViewPart((snapshot) => snapshot.live);
/** The window the page has settled on; undefined while the link names none. */
export const useStoredSettledWindow = (): TimeWindow | undefined => useViewPart((snapshot) => snapshot.settled);
/** The dataset the link names (`data`), or undefined for the default one. */
export const useDataUrl = (): string | undefined => useViewPart((snapshot) => snapshot.settings.dataUrl);
