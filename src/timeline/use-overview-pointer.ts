import { useRef, useState, type PointerEvent } from 'react';
import type { TimeWindow } from '../routes/view-state.ts';
import { brushWindow, centredWindow, gestureAt, isClick, movedWindow, type OverviewGesture } from './overview-brush.ts';
import type { ZoomLimits } from './zoom-window.ts';

interface Press {
  readonly pointerId: number;
  readonly startX: number;
  readonly gesture: OverviewGesture;
  readonly startWindow: TimeWindow;
  dragged: boolean;
}

interface OverviewPointerOptions {
  readonly width: number;
  readonly window: TimeWindow;
  readonly windowX0: number;
  readonly windowX1: number;
  readonly toTime: (x: number) => number;
  readonly limits: ZoomLimits;
  readonly onWindowChange: (window: TimeWindow) => void;
}

/**
 * Pointer input on the overview (see overview-brush.ts for the maths): brush, move, click,
 * and the mouse position for the hover read-out. React handlers, because nothing here needs
 * a non-passive listener (horizontal touch drags are ours through `touch-action: pan-y`).
 */
export function useOverviewPointer(options: OverviewPointerOptions) {
  const { width, window, windowX0, windowX1, toTime, limits, onWindowChange } = options;
  const press = useRef<Press | null>(null);
  const [brush, setBrush] = useState<{ x0: number; x1: number } | null>(null);
  const [hoverX, setHoverX] = useState<number | null>(null);

  const localX = (event: PointerEvent<HTMLElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return Math.min(width, Math.max(0, event.clientX - box.left));
  };

  const end = () => {
    press.current = null;
    setBrush(null);
  };

  const handlers = {
    onPointerDown(event: PointerEvent<HTMLElement>) {
      if (event.button !== 0 || press.current) return;
      const x = localX(event);
      event.currentTarget.setPointerCapture(event.pointerId);
      press.current = { pointerId: event.pointerId, startX: x, gesture: gestureAt(x, windowX0, windowX1, width), startWindow: window, dragged: false };
      setHoverX(null);
    },
    onPointerMove(event: PointerEvent<HTMLElement>) {
      const x = localX(event);
      const current = press.current;
      if (!current || current.pointerId !== event.pointerId) {
        if (event.pointerType === 'mouse') setHoverX(x);
        return;
      }
      if (!current.dragged && isClick(current.startX, x)) return;
      current.dragged = true;
      if (current.gesture === 'move') onWindowChange(movedWindow(current.startWindow, current.startX, x, toTime, limits));
      else setBrush({ x0: current.startX, x1: x });
    },
    onPointerUp(event: PointerEvent<HTMLElement>) {
      const current = press.current;
      if (!current || current.pointerId !== event.pointerId) return;
      const x = localX(event);
      if (!current.dragged) onWindowChange(centredWindow(window, x, toTime, limits));
      else if (current.gesture === 'brush') onWindowChange(brushWindow(current.startX, x, toTime, limits));
      end();
    },
    onPointerCancel: end,
    onPointerLeave() {
      setHoverX(null);
    },
  };

  return { brush, hoverX, grabbable: gestureAt((windowX0 + windowX1) / 2, windowX0, windowX1, width) === 'move', handlers };
}
