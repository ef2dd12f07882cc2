import { parseViewAddress, viewPath, type PageMode } from './view-path.ts';
import { searchString, type LinkProblem, type TimeWindow, type ViewState } from './view-state.ts';

/** Everything a link states but the window, which the store keeps as `live` and `settled`. */
export type ViewSettings = Omit<ViewState, 'window'>;

export interface ViewSnapshot {
  readonly mode: PageMode;
  readonly selectedId: string | undefined;
  readonly settings: ViewSettings;
  /** What the link had that was dropped, for a notice; the address has none once the store writes it. */
  readonly problems: readonly LinkProblem[];
  /** The window drawn now: a wheel or drag moves it at frame rate. Undefined: the link names none. */
  readonly live: TimeWindow | undefined;
  /**
   * The window the page around the timeline shows: `live` itself (the same object) once a
   * gesture pauses. The timeline keeps its labels and rows from it while a gesture is under way.
   */
  readonly settled: TimeWindow | undefined;
}

/** Writes a path (relative to the app's base) to the address; `replace` or push an entry. */
export type AddressWriter = (path: string, replace: boolean) => void;

/** The page around the timeline follows a gesture once it pauses this long ("move end"). */
export const SETTLE_MS = 120;
/** Zoom and pan reach the address this long after they settle, replacing the entry. */
export const ADDRESS_DELAY_MS = 250;

function snapshotAt(pathname: string, search: string): ViewSnapshot {
  const { mode, selectedId, view, problems } = parseViewAddress(pathname, search);
  const { window, ...settings } = view;
  return { mode, selectedId, settings, problems, live: window, settled: window };
}

/**
 * The view of the screen, one copy: the window, the selection, the filters and the search.
 * Components read it through selector hooks (use-view-store.ts) and change it with the actions
 * below; one writer mirrors it to the address, with the history rules of the README: zoom and
 * pan replace the entry (debounced, after the gesture settles), a selection or a filter pushes
 * one (with any window still waiting), the search replaces. `applyLocation` takes in an address
 * the store did not write (Back, Forward, a link).
 */
export function createViewStore(pathname: string, search: string) {
  let state = snapshotAt(pathname, search);
  // The path the address holds (or is about to, once the router catches up).
  let address = pathname + search;
  let writer: AddressWriter | undefined;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let addressTimer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();

  const set = (change: Partial<ViewSnapshot>) => {
    state = { ...state, ...change };
    for (const listener of listeners) listener();
  };
  const stopTimers = () => {
    clearTimeout(settleTimer);
    clearTimeout(addressTimer);
    settleTimer = addressTimer = undefined;
  };
  const write = (replace: boolean) => {
    stopTimers();
    const path = viewPath(state.mode, state.selectedId, { ...state.settings, window: state.settled });
    if (path === address) return;
    address = path;
    // The address is canonical now: nothing in it was dropped.
    if (state.problems.length) set({ problems: [] });
    writer?.(path, replace);
  };
  const writeLater = () => {
    clearTimeout(addressTimer);
    addressTimer = setTimeout(() => write(true), ADDRESS_DELAY_MS);
  };

  return {
    getSnapshot: (): ViewSnapshot => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** A frame of a wheel, drag or pinch: the timeline follows now, the page when it pauses. */
    moveWindow(window: TimeWindow): void {
      set({ live: window });
      clearTimeout(settleTimer);
      settleTimer = setTimeout(() => {
        settleTimer = undefined;
        set({ settled: state.live });
        writeLater();
      }, SETTLE_MS);
    },
    /** A discrete change of the window (a key, a button, the overview): all of the page follows. */
    setWindow(window: TimeWindow): void {
      clearTimeout(settleTimer);
      settleTimer = undefined;
      set({ live: window, settled: window });
      writeLater();
    },
    /** Opens an event (or closes it, with undefined), showing `window` if given; a history entry. */
    select(id: string | undefined, window: TimeWindow | undefined = state.live): void {
      set({ selectedId: id || undefined, live: window, settled: window });
      write(false);
    },
    /** Filters push a history entry; the search replaces it (it is written as the reader types). */
    updateSettings(change: Partial<ViewSettings>, history: 'push' | 'replace' = 'push'): void {
      set({ settings: { ...state.settings, ...change }, settled: state.live });
      write(history === 'replace');
    },
    /** An address the store did not write: it replaces the view, and any change not yet written. */
    applyLocation(pathname: string, search: string): void {
      const pending = settleTimer !== undefined || addressTimer !== undefined;
      if (pathname + search === address && !pending) return;
      stopTimers();
      address = pathname + search;
      const next = snapshotAt(pathname, search);
      // Unchanged settings keep their identity, so what is derived from them is not redone.
      const same = searchString(next.settings) === searchString(state.settings);
      set({ ...next, settings: same ? state.settings : next.settings });
    },
    /** Where the store writes the address (the router's navigate); returns the disconnect. */
    connect(next: AddressWriter): () => void {
      writer = next;
      return () => {
        if (writer === next) writer = undefined;
      };
    },
  };
}

export type ViewStore = ReturnType<typeof createViewStore>;
