import { useEffect, useRef, useState } from 'react';
import type { TimeWindow } from '../routes/view-state.ts';
import { panWindow, zoomWindow, type ZoomLimits } from './zoom-window.ts';

/** How far a pointer moves before a press becomes a drag (a shorter move is a click or tap). */
const DRAG_THRESHOLD_PX = 5;

interface GestureOptions {
  readonly window: TimeWindow;
  readonly limits: ZoomLimits;
  readonly onWindowChange: (window: TimeWindow) => void;
  /** In embeds a plain wheel scrolls the host article; zooming needs Ctrl/⌘ or a pinch. */
  readonly wheelNeedsModifier: boolean;
  readonly onWheelHint?: () => void;
}

/**
 * Wheel, trackpad, drag and two-finger pinch on the plot, each turned into a new window by the
 * pure functions of zoom-window.ts. Listeners are attached to the element the returned ref
 * receives and removed with it. The wheel listener is not passive, so the page does not scroll
 * while the timeline zooms.
 */
export function usePlotGestures<T extends HTMLElement>(options: GestureOptions) {
  const [element, setElement] = useState<T | null>(null);
  const [dragging, setDragging] = useState(false);
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    if (!element) return;
    const pointers = new Map<number, { x: number; startX: number }>();
    let gestureWindow: TimeWindow | null = null;
    let pinchDistance = 0;

    const anchorOf = (clientX: number) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 ? Math.min(Math.max((clientX - box.left) / box.width, 0), 1) : 0.5;
    };
    // The last window sent, and the prop it was based on: until a render brings the prop
    // past that base, the next wheel step builds on what was sent, so no step is lost.
    let sent: { base: TimeWindow; next: TimeWindow } | null = null;
    const apply = (next: TimeWindow) => {
      gestureWindow = next;
      sent = { base: latest.current.window, next };
      latest.current.onWindowChange(next);
    };
    const current = () => gestureWindow ?? latest.current.window;
    const wheelBase = () => (sent && sent.base === latest.current.window ? sent.next : latest.current.window);

    const onWheel = (event: WheelEvent) => {
      const { limits, wheelNeedsModifier, onWheelHint } = latest.current;
      const pinchOrModifier = event.ctrlKey || event.metaKey;
      const horizontal = Math.abs(event.deltaX) > Math.abs(event.deltaY);
      if (wheelNeedsModifier && !pinchOrModifier && !horizontal) {
        onWheelHint?.();
        return;
      }
      event.preventDefault();
      const base = wheelBase();
      gestureWindow = null;
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? element.clientWidth : 1;
      if (horizontal && !pinchOrModifier) {
        apply(panWindow(base, (event.deltaX * unit) / element.clientWidth, limits));
        return;
      }
      const factor = Math.exp((-event.deltaY * unit) / (pinchOrModifier ? 100 : 400));
      apply(zoomWindow(base, factor, anchorOf(event.clientX), limits));
    };

    const onPointerDown = (event: PointerEvent) => {
      if (event.button !== 0) return;
      pointers.set(event.pointerId, { x: event.clientX, startX: event.clientX });
      gestureWindow = latest.current.window;
      if (pointers.size === 2) {
        const [a, b] = [...pointers.values()];
        pinchDistance = Math.abs(a!.x - b!.x);
      }
    };
    const onPointerMove = (event: PointerEvent) => {
      const pointer = pointers.get(event.pointerId);
      if (!pointer) return;
      const { limits } = latest.current;
      const width = element.clientWidth || 1;
      if (pointers.size === 2) {
        const previous = pointer.x;
        pointer.x = event.clientX;
        const [a, b] = [...pointers.values()];
        const distance = Math.abs(a!.x - b!.x);
        if (pinchDistance > 0 && distance > 0) {
          apply(zoomWindow(current(), distance / pinchDistance, anchorOf((a!.x + b!.x) / 2), limits));
          apply(panWindow(current(), -(event.clientX - previous) / 2 / width, limits));
        }
        pinchDistance = distance;
        return;
      }
      if (!element.hasPointerCapture(event.pointerId)) {
        if (Math.abs(event.clientX - pointer.startX) < DRAG_THRESHOLD_PX) return;
        // Capture only once it is a drag, so a short press still clicks the mark under it.
        element.setPointerCapture(event.pointerId);
        setDragging(true);
      }
      const dx = event.clientX - pointer.x;
      pointer.x = event.clientX;
      apply(panWindow(current(), -dx / width, limits));
    };
    const onPointerEnd = (event: PointerEvent) => {
      pointers.delete(event.pointerId);
      if (element.hasPointerCapture(event.pointerId)) element.releasePointerCapture(event.pointerId);
      if (pointers.size === 0) {
        gestureWindow = null;
        setDragging(false);
      }
    };

    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('pointerdown', onPointerDown);
    element.addEventListener('pointermove', onPointerMove);
    element.addEventListener('pointerup', onPointerEnd);
    element.addEventListener('pointercancel', onPointerEnd);
    return () => {
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('pointermove', onPointerMove);
      element.removeEventListener('pointerup', onPointerEnd);
      element.removeEventListener('pointercancel', onPointerEnd);
    };
  }, [element]);

  return { ref: setElement, dragging };
}
