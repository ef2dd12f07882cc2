import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import type { TimelineEvent } from '../../data/timeline-event.ts';
import { timelineKeyAction } from '../model/timeline-keys.ts';
import { useWindowControl } from './use-view-window.ts';
import { panWindow, revealInWindow, zoomWindow } from '../model/zoom-window.ts';
import { isRightToLeft } from '../../i18n/translate.ts';

/** The keyboard cursor on the marks: the active event, and the elements focus can land on. */
export interface MarkCursor {
  readonly activeId: string | undefined;
  readonly setActiveId: (id: string) => void;
  readonly markRefs: Map<string, SVGGElement>;
  /** Whether the keyboard is in use on the timeline: only then does focus follow the cursor. */
  readonly keyboard: RefObject<boolean>;
}

/**
 * The cursor follows the selection (Previous/Next, deep links); while the keyboard is in use,
 * focus follows the cursor onto its mark's element of the latest render (a zoom or pan may
 * place the mark anew).
 */
export function useMarkCursor(selectedId: string | undefined): MarkCursor {
  const [activeId, setActiveId] = useState(selectedId);
  const [markRefs] = useState(() => new Map<string, SVGGElement>());
  const keyboard = useRef(false);
  useEffect(() => {
    if (selectedId) setActiveId(selectedId);
  }, [selectedId]);
  useEffect(() => {
    const element = keyboard.current && activeId ? markRefs.get(activeId) : undefined;
    if (element && element !== document.activeElement) element.focus({ preventScroll: true });
  });
  return { activeId, setActiveId, markRefs, keyboard };
}

/**
 * The keyboard on the timeline (timeline-keys.ts): ←/→ walk every event in time order, whether
 * drawn as SVG marks or on the canvas, revealing each; +/− zoom, Shift + ←/→ pan, Enter opens
 * the active event, Esc closes it. The walk starts at `tabStopId` when nothing is active.
 */
export function useKeyboardWalk(events: readonly TimelineEvent[], cursor: MarkCursor, tabStopId: string | undefined) {
  const control = useWindowControl();
  const { limits } = control;

  const moveTo = (event: TimelineEvent) => {
    cursor.setActiveId(event.id);
    const window = control.now();
    const next = revealInWindow(window, event.start, event.stop, limits);
    if (next !== window) control.set(next);
  };

  const onKeyDown = (keyEvent: KeyboardEvent<HTMLElement>) => {
    const action = timelineKeyAction(keyEvent, isRightToLeft());
    if (!action) return;
    keyEvent.preventDefault();
    cursor.keyboard.current = true;
    const index = events.findIndex((event) => event.id === (cursor.activeId ?? tabStopId));
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
        control.set(zoomWindow(control.now(), action.factor, 0.5, limits));
        break;
      case 'pan':
        control.set(panWindow(control.now(), action.by, limits));
        break;
      case 'select':
        if (index !== -1) control.select(events[index]!.id);
        break;
      case 'clear':
        control.select(undefined);
        break;
    }
  };

  return {
    onKeyDown,
    onFocus: () => (cursor.keyboard.current = true),
    onBlur: (event: FocusEvent<HTMLElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget)) cursor.keyboard.current = false;
    },
  };
}
