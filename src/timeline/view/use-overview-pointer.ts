import { useRef, useState, type PointerEvent } from 'react';
import type { TimeWindow } from '../../view-store/view-state.ts';
import { brushWindow, centredWindow, gestureAt, isClick, movedWindow, type OverviewGesture } from '../model/overview-brush.ts';
import type { OverviewModel } from '../model/overview-model.ts';
import { useLoadedDataset } from '../../view-store/use-loaded-dataset.ts';
import { useWindowControl } from './use-view-window.ts';

interface Press {
  readonly pointerId: number;
  readonly startX: number;
  readonly gesture: OverviewGesture;
  readonly startWindow: TimeWindow;
  dragged: boolean;
}

/**
 * Pointer input on the overview (see overview-brush.ts for the maths): brush, move, click,
 * and the mouse position for the hover read-out. React handlers, because nothing here needs
 * a non-passive listener (horizontal touch drags are ours through `touch-action: pan-y`).
 * Each change is discrete, not a gesture's frame: the page follows it without waiting for a pause.
 */
export function useOverviewPointer(model: OverviewModel, width: number) {
  const { windowX0, windowX1, toTime } = model;
  const { limits, now, set } = useWindowControl();
  // A dataset read window by window (Parquet) starts on a brush's window while it is drawn.
  const prefetch = useLoadedDataset().dataset.windowed?.source.prefetch;
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
  const cancel = () => {
    if (press.current?.gesture === 'brush') prefetch?.(undefined);
    end();
  };

  const handlers = {
    onPointerDown(event: PointerEvent<HTMLElement>) {
      if (event.button !== 0 || press.current) return;
      const x = localX(event);
      event.currentTarget.setPointerCapture(event.pointerId);
      press.current = { pointerId: event.pointerId, startX: x, gesture: gestureAt(x, windowX0, windowX1, width), startWindow: now(), dragged: false };
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
      if (current.gesture === 'move') set(movedWindow(current.startWindow, current.startX, x, toTime, limits));
      else {
        setBrush({ x0: current.startX, x1: x });
        prefetch?.(brushWindow(current.startX, x, toTime, limits));
      }
    },
    onPointerUp(event: PointerEvent<HTMLElement>) {
      const current = press.current;
      if (!current || current.pointerId !== event.pointerId) return;
      const x = localX(event);
      if (!current.dragged) set(centredWindow(now(), x, toTime, limits));
      else if (current.gesture === 'brush') set(brushWindow(current.startX, x, toTime, limits));
      end();
    },
    onPointerCancel: cancel,
    onPointerLeave() {
      setHoverX(null);
    },
  };

  return { brush, hoverX, grabbable: gestureAt((windowX0 + windowX1) / 2, windowX0, windowX1, width) === 'move', handlers };
}
