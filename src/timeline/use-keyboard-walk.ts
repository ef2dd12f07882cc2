import { useEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import type { TimelineEvent } from '../data/timeline-event.ts';
import type { TimeWindow } from '../routes/view-state.ts';
import { timelineKeyAction } from './timeline-keys.ts';
import { panWindow, revealInWindow, zoomWindow, type ZoomLimits } from './zoom-window.ts';

interface WalkOptions {
  readonly events: readonly TimelineEvent[];
  readonly window: TimeWindow;
  readonly limits: ZoomLimits;
  readonly activeId?: string;
  readonly tabStopId?: string;
  /** Changes whenever marks are placed anew, so focus follows the active mark's new element. */
  readonly layout: unknown;
  readonly markRefs: ReadonlyMap<string, SVGGElement>;
  readonly setActiveId: (id: string) => void;
  readonly onWindowChange: (window: TimeWindow) => void;
  readonly onSelect: (id: string | undefined, window?: TimeWindow) => void;
}

/**
 * The keyboard on the timeline (timeline-keys.ts): ←/→ walk every event in time order, whether
 * drawn as SVG marks or on the canvas, revealing each; the focused element follows the active
 * event while the keyboard is in use.
 */
export function useKeyboardWalk(options: WalkOptions) {
  const { events, window, limits, activeId, tabStopId, layout, markRefs, setActiveId, onWindowChange, onSelect } = options;
  const keyboardFocus = useRef(false);

  useEffect(() => {
    if (keyboardFocus.current && activeId) markRefs.get(activeId)?.focus({ preventScroll: true });
  }, [activeId, layout, markRefs]);

  const moveTo = (event: TimelineEvent) => {
    setActiveId(event.id);
    const next = revealInWindow(window, event.start, event.stop, limits);
    if (next !== window) onWindowChange(next);
  };

  const onKeyDown = (keyEvent: KeyboardEvent<HTMLElement>) => {
    const action = timelineKeyAction(keyEvent);
    if (!action) return;
    keyEvent.preventDefault();
    keyboardFocus.current = true;
    const index = events.findIndex((event) => event.id === (activeId ?? tabStopId));
    switch (action.type) {
      case 'step': {
        const target = index === -1 ? events[0] : events[Math.min(Math.max(index + action.by, 0), events.length - 1)];
        if (target) moveTo(target);
        break;
      }
      case 'edge': {
        const target = action.edge === 'first' ? events[0] : events.at(-1);
        if (target) moveTo(target);
        break;
      }
      case 'zoom':
        onWindowChange(zoomWindow(window, action.factor, 0.5, limits));
        break;
      case 'pan':
        onWindowChange(panWindow(window, action.by, limits));
        break;
      case 'select':
        if (index !== -1) onSelect(events[index]!.id, window);
        break;
      case 'clear':
        onSelect(undefined, window);
        break;
    }
  };

  return {
    onKeyDown,
    onFocus: () => (keyboardFocus.current = true),
    onBlur: (event: FocusEvent<HTMLElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget)) keyboardFocus.current = false;
    },
  };
}
