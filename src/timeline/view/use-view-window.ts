import { useDeferredValue } from 'react';
import type { TimelineEvent } from '../../data/timeline-event.ts';
import type { TimeWindow } from '../../view-store/view-state.ts';
import { viewStore } from '../../view-store/app-view-store.ts';
import { useLoadedDataset } from '../../view-store/use-loaded-dataset.ts';
import { useSelectedId, useStoredLiveWindow, useStoredSettledWindow } from '../../view-store/use-view-store.ts';
import { defaultWindowFor, timeFrameOf, type TimeFrame } from '../model/time-frame.ts';
import { revealInWindow } from '../model/zoom-window.ts';

/**
 * The view store's windows with the dataset's default filled in (a link may name no window),
 * and the ways the timeline's parts change them.
 */
export interface ViewWindows {
  /** What the timeline draws now. */
  readonly live: TimeWindow;
  /** What the page has settled on: `live` itself (the same object) unless a gesture is under way. */
  readonly settled: TimeWindow;
}

export function useTimeFrame(): TimeFrame {
  const { events, windowed } = useLoadedDataset().dataset;
  return timeFrameOf(events, windowed?.source.summary.extent);
}

/** The stored window, or the default of a link that names none. */
function useResolved(stored: TimeWindow | undefined): TimeWindow {
  const { events, windowed } = useLoadedDataset().dataset;
  const selectedId = useSelectedId();
  return stored ?? defaultWindowFor(events, selectedId, windowed?.source.summary.extent);
}

/** For the timeline itself: it re-renders with each frame of a gesture. */
export function useViewWindows(): ViewWindows {
  return { live: useResolved(useStoredLiveWindow()), settled: useResolved(useStoredSettledWindow()) };
}

/**
 * The settled window as soon as it settles, without the page's deferral: for work that starts
 * from it in the background (a Parquet window's row groups), so that it starts before the page
 * around the timeline has rendered the new window rather than after.
 */
export function useSettledWindow(): TimeWindow {
  return useResolved(useStoredSettledWindow());
}

/**
 * The window for the page around the timeline (overview, counts, list, map, downloads): the
 * settled one, so a gesture's frames do not re-render the page, and rendered in the background
 * after the timeline's own frame, so a large dataset's list and counts never hold up a zoom.
 */
export function usePageWindow(): TimeWindow {
  return useDeferredValue(useResolved(useStoredSettledWindow()));
}

export interface WindowControl extends TimeFrame {
  /** The window drawn at this moment: read when a key or pointer acts, not when it rendered. */
  readonly now: () => TimeWindow;
  /** A frame of a wheel, drag or pinch. */
  readonly move: (window: TimeWindow) => void;
  /** A discrete change: a key, a button, the overview. */
  readonly set: (window: TimeWindow) => void;
  /** Opens an event (or closes it) keeping the window as it is now. */
  readonly select: (id: string | undefined) => void;
  /** Opens an event and brings it into view. */
  readonly reveal: (event: TimelineEvent) => void;
}

// One per dataset, so handlers built on it keep their identity.
const controls = new WeakMap<readonly TimelineEvent[], WindowControl>();

function controlFor(events: readonly TimelineEvent[], known: TimeWindow | undefined): WindowControl {
  const frame = timeFrameOf(events, known);
  const now = () => {
    const { live, selectedId } = viewStore.getSnapshot();
    return live ?? defaultWindowFor(events, selectedId, known);
  };
  return {
    ...frame,
    now,
    move: viewStore.moveWindow,
    set: viewStore.setWindow,
    select: (id) => viewStore.select(id, now()),
    reveal: (event) => viewStore.select(event.id, revealInWindow(now(), event.start, event.stop, frame.limits)),
  };
}

export function useWindowControl(): WindowControl {
  const { events, windowed } = useLoadedDataset().dataset;
  let control = controls.get(events);
  if (!control) controls.set(events, (control = controlFor(events, windowed?.source.summary.extent)));
  return control;
}
