import { useEffect, useRef, type RefObject } from 'react';
import { useWindowControl } from '../timeline/view/use-view-window.ts';
import { viewStore } from '../view-store/app-view-store.ts';
import { useSelectedEvent } from '../view-store/use-loaded-dataset.ts';
import { exploreKeyAction, selectionNow, stepTarget, type ExploreKeyAction } from './event-walk.ts';
import { useShownEvents } from './use-explore.ts';

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

/**
 * The screen's keys wired to what they do: walking the shown events, search, clearing. The
 * selection is the view store's at key time, which a step changes at once, so a key pressed
 * before the screen has rendered the step before it still walks on from it.
 */
export function useScreenKeys(search: RefObject<HTMLInputElement | null>): void {
  const shown = useShownEvents();
  const rendered = useSelectedEvent();
  const control = useWindowControl();
  useExploreKeys((action) => {
    const id = viewStore.getSnapshot().selectedId;
    const selected = selectionNow(id, rendered, shown);
    const target =
      action === 'previous' || action === 'next' ? stepTarget(shown, selected, action === 'next' ? 1 : -1, control.now())
      : action === 'first' ? shown[0]
      : action === 'last' ? shown.at(-1)
      : undefined;
    if (target) control.reveal(target);
    else if (action === 'clear' && id !== undefined) control.select(undefined);
    else if (action === 'focus-search' && search.current) search.current.focus();
    else return false;
    return true;
  });
}
