import { utcDay } from 'd3-time';
import type { TimeWindow } from '../../view-store/view-state.ts';
import { clampWindow, windowAround, type ZoomLimits } from './zoom-window.ts';

/**
 * The overview's pointer gestures as pure maths. A press-drag across the strip brushes a new
 * window; a press-drag that starts on the window (when it is narrow enough to grab) moves it;
 * a press that barely moves is a click and centres the window there.
 */
export type OverviewGesture = 'brush' | 'move';

/** Pointer travel (px) below which a press counts as a click: fingers and mice wobble. */
export const CLICK_TOLERANCE = 4;

const DAY = 24 * 60 * 60 * 1000;

/**
 * What a press at `x` starts. A window that covers most of the strip (the whole-timeline view)
 * cannot be grabbed, or there would be nowhere left to start a brush.
 */
export function gestureAt(x: number, windowX0: number, windowX1: number, width: number): OverviewGesture {
  const left = Math.max(0, windowX0);
  const right = Math.min(width, windowX1);
  const grabbable = right - left < width * 0.8;
  return grabbable && x >= left && x <= right ? 'move' : 'brush';
}

export function isClick(startX: number, x: number): boolean {
  return Math.abs(x - startX) < CLICK_TOLERANCE;
}

/**
 * The window a brush from `x0` to `x1` (either order) selects. A brush at least a day long
 * snaps outwards to whole days, so the URL reads "from=2024-01-01&to=2024-01-31"; one shorter
 * than the zoom limit grows around its middle; the result always obeys the limits.
 */
export function brushWindow(x0: number, x1: number, toTime: (x: number) => number, limits: ZoomLimits): TimeWindow {
  // Either way round: right to left, the left end of a brush is its later time.
  let from = Math.min(toTime(x0), toTime(x1));
  let to = Math.max(toTime(x0), toTime(x1));
  if (to - from >= DAY) {
    from = +utcDay.floor(new Date(from));
    to = +utcDay.ceil(new Date(to));
  }
  if (to - from < limits.minSpan) return windowAround((from + to) / 2, limits.minSpan, limits);
  return clampWindow({ from, to }, limits);
}

/** The window dragged from where the press started: it moves by the time under the pointer's travel. */
export function movedWindow(
  start: TimeWindow,
  startX: number,
  x: number,
  toTime: (x: number) => number,
  limits: ZoomLimits,
): TimeWindow {
  const shift = toTime(x) - toTime(startX);
  return clampWindow({ from: start.from + shift, to: start.to + shift }, limits);
}

/** A click: the same span, centred on the time under the pointer. */
export function centredWindow(window: TimeWindow, x: number, toTime: (x: number) => number, limits: ZoomLimits): TimeWindow {
  return windowAround(toTime(x), window.to - window.from, limits);
}
