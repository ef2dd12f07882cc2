import { useEffect, useRef, type RefObject } from 'react';
import type { TimelineEvent } from '../data/timeline-event.ts';
import type { TimeWindow } from '../routes/view-state.ts';
import { currentEventId } from '../routes/use-view.ts';
import { exploreKeyAction, selectionNow, stepTarget, type ExploreKeyAction } from './event-walk.ts';

// Where keys belong to someone else: text fields, and the timeline plot with its own map.
const OWNS_KEYS = 'input, textarea, select, [contenteditable]:not([contenteditable="false"]), .timeline-plot';

function ownsKeys(target: EventTarget | null): boolean {
  return target instanceof Element && (target.closest(OWNS_KEYS) !== null || (target as HTMLElement).isContentEditable);
}

/**
 * The screen's keyboard shortcuts, on the whole document: `/` search, Esc clear the selection,
 * `[` `]` previous/next, Home/End first/last. `onAction` returns whether it used the key
 * (only then is the browser's default, such as scrolling to the top on Home, prevented).
 */
export function useExploreKeys(onAction: (action: ExploreKeyAction) => boolean): void {
  const handler = useRef(onAction);
  handler.current = onAction;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A component that handled the key itself (a closing menu, the timeline) has the last word.
      if (event.defaultPrevented || event.isComposing || ownsKeys(event.target)) return;
      const action = exploreKeyAction(event);
      if (!action) return;
      // The event panel closes itself on Esc; doing it here too would add a second history entry.
      if (action === 'clear' && event.target instanceof Element && event.target.closest('.event-panel')) return;
      if (handler.current(action)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

export interface ScreenKeyTargets {
  /** The events the filters let through, in time order. */
  readonly shown: readonly TimelineEvent[];
  /** The last render's selection; the keys prefer the address's (see `useScreenKeys`). */
  readonly selected: TimelineEvent | undefined;
  readonly window: TimeWindow;
  readonly search: RefObject<HTMLInputElement | null>;
  readonly selectEvent: (event: TimelineEvent) => void;
  readonly clearSelection: () => void;
}

/**
 * The screen's keys wired to what they do: walking the shown events, search, clearing. The
 * selection comes from the address at key time, so a key pressed before the screen has
 * rendered the previous step's selection still walks on from it (see `selectionNow`).
 */
export function useScreenKeys(targets: ScreenKeyTargets): void {
  useExploreKeys((action) => {
    const { shown, window, search } = targets;
    const id = currentEventId();
    const selected = selectionNow(id, targets.selected, shown);
    const target =
      action === 'previous' || action === 'next' ? stepTarget(shown, selected, action === 'next' ? 1 : -1, window)
      : action === 'first' ? shown[0]
      : action === 'last' ? shown.at(-1)
      : undefined;
    if (target) targets.selectEvent(target);
    else if (action === 'clear' && id !== undefined) targets.clearSelection();
    else if (action === 'focus-search' && search.current) search.current.focus();
    else return false;
    return true;
  });
}
