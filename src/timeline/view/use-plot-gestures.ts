import { useEffect, useRef, useState } from 'react';
import type { TimeWindow } from '../../view-store/view-state.ts';
import type { WindowControl } from './use-view-window.ts';
import { panWindow, zoomWindow } from '../model/zoom-window.ts';
import { isRightToLeft } from '../../i18n/translate.ts';
import { frameBatch } from './frame-batch.ts';

/** How far a pointer moves before a press becomes a drag (a shorter move is a click or tap). */
const DRAG_THRESHOLD_PX = 5;

/**
 * Wheel, trackpad, drag and two-finger pinch on the plot, each turned into a new window by the
 * pure functions of zoom-window.ts and sent to the view store as a gesture's frame (the page
 * follows once it pauses). Each step builds on the last one, so steps quicker than a render are
 * not lost; the steps of one frame are coalesced into one window, sent to the store in the next
 * animation frame, so the timeline renders once a frame however fast the input comes (a wheel
 * sends a notch every ~16 ms whether or not the page has drawn the last one: see frame-batch.ts). Listeners are attached to the element the
 * returned ref receives and removed with it. The wheel listener is not passive, so the page does
 * not scroll while the timeline zooms. In embeds a plain wheel scrolls the host article
 * (`wheelNeedsModifier`): zooming needs Ctrl/⌘ or a pinch, and `onWheelHint` says so.
 */
export function usePlotGestures<T extends HTMLElement>(control: WindowControl, wheelNeedsModifier: boolean, onWheelHint: () => void) {
  const [element, setElement] = useState<T | null>(null);
  const [dragging, setDragging] = useState(false);
  const latest = useRef({ control, wheelNeedsModifier, onWheelHint });
  latest.current = { control, wheelNeedsModifier, onWheelHint };

  useEffect(() => {
    if (!element) return;
    const pointers = new Map<number, { x: number; startX: number }>();
    let pinchDistance = 0;

    // Right to left, time runs leftwards: a pixel's share of the window is counted from the
    // right, and a drag or a sideways wheel moves time the other way (mirror-layout.ts).
    const rtl = isRightToLeft();
    const sign = rtl ? -1 : 1;
    const anchorOf = (clientX: number) => {
      const box = element.getBoundingClientRect();
      const share = box.width > 0 ? Math.min(Math.max((clientX - box.left) / box.width, 0), 1) : 0.5;
      return rtl ? 1 - share : share;
    };
    const batch = frameBatch<TimeWindow>((next) => latest.current.control.move(next));
    const apply = batch.push;
    const current = () => batch.pending() ?? latest.current.control.now();

    const onWheel = (event: WheelEvent) => {
      const { control: { limits }, wheelNeedsModifier, onWheelHint } = latest.current;
      const pinchOrModifier = event.ctrlKey || event.metaKey;
      const horizontal = Math.abs(event.deltaX) > Math.abs(event.deltaY);
      if (wheelNeedsModifier && !pinchOrModifier && !horizontal) {
        onWheelHint();
        return;
      }
      event.preventDefault();
      const base = current();
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? element.clientWidth : 1;
      if (horizontal && !pinchOrModifier) {
        apply(panWindow(base, (sign * event.deltaX * unit) / element.clientWidth, limits));
        return;
      }
      const factor = Math.exp((-event.deltaY * unit) / (pinchOrModifier ? 100 : 400));
      apply(zoomWindow(base, factor, anchorOf(event.clientX), limits));
    };

    const onPointerDown = (event: PointerEvent) => {
      if (event.button !== 0) return;
      pointers.set(event.pointerId, { x: event.clientX, startX: event.clientX });
      if (pointers.size === 2) {
        const [a, b] = [...pointers.values()];
        pinchDistance = Math.abs(a!.x - b!.x);
      }
    };
    const onPointerMove = (event: PointerEvent) => {
      const pointer = pointers.get(event.pointerId);
      if (!pointer) return;
      const { limits } = latest.current.control;
      const width = element.clientWidth || 1;
      if (pointers.size === 2) {
        const previous = pointer.x;
        pointer.x = event.clientX;
        const [a, b] = [...pointers.values()];
        const distance = Math.abs(a!.x - b!.x);
        if (pinchDistance > 0 && distance > 0) {
          apply(zoomWindow(current(), distance / pinchDistance, anchorOf((a!.x + b!.x) / 2), limits));
          apply(panWindow(current(), (-sign * (event.clientX - previous)) / 2 / width, limits));
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
      apply(panWindow(current(), (-sign * dx) / width, limits));
    };
    const onPointerEnd = (event: PointerEvent) => {
      pointers.delete(event.pointerId);
      if (element.hasPointerCapture(event.pointerId)) element.releasePointerCapture(event.pointerId);
      if (pointers.size === 0) setDragging(false);
    };

    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('pointerdown', onPointerDown);
    element.addEventListener('pointermove', onPointerMove);
    element.addEventListener('pointerup', onPointerEnd);
    element.addEventListener('pointercancel', onPointerEnd);
    return () => {
      batch.cancel();
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('pointermove', onPointerMove);
      element.removeEventListener('pointerup', onPointerEnd);
      element.removeEventListener('pointercancel', onPointerEnd);
    };
  }, [element]);

  return { ref: setElement, dragging };
}
