import type { TimeWindow } from '../../view-store/view-state.ts';

/**
 * The maths of the visible window: every gesture (wheel, pinch, drag, keys, buttons) turns
 * into one of these pure functions and produces a new window; nothing here touches the DOM.
 */
export interface ZoomLimits {
  readonly minSpan: number;
  readonly maxSpan: number;
  /** The data's extent: panning stops once the window would leave it entirely. */
  readonly bounds: TimeWindow;
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

export function zoomLimitsFor(extent: TimeWindow): ZoomLimits {
  const span = Math.max(extent.to - extent.from, DAY);
  return { minSpan: 6 * HOUR, maxSpan: Math.max(span * 3, 60 * DAY), bounds: extent };
}

/** The whole extent with a little air on each side, so the first and last marks are not cut. */
export function fitWindow(extent: TimeWindow): TimeWindow {
  const span = Math.max(extent.to - extent.from, 2 * DAY);
  const middle = (extent.from + extent.to) / 2;
  const padded = span * 1.06;
  return { from: middle - padded / 2, to: middle + padded / 2 };
}

/** Keeps the window's span within limits and its centre over the data. */
export function clampWindow(window: TimeWindow, limits: ZoomLimits): TimeWindow {
  const span = Math.min(Math.max(window.to - window.from, limits.minSpan), limits.maxSpan);
  let from = (window.from + window.to) / 2 - span / 2;
  const lowest = limits.bounds.from - span / 2;
  const highest = limits.bounds.to - span / 2;
  from = Math.min(Math.max(from, lowest), Math.max(lowest, highest));
  return { from, to: from + span };
}

/**
 * Zooms by `factor` (> 1 zooms in) keeping the time under `anchor` (0 = left edge,
 * 1 = right edge) where it is, as a map keeps the point under the cursor.
 */
export function zoomWindow(window: TimeWindow, factor: number, anchor: number, limits: ZoomLimits): TimeWindow {
  const span = window.to - window.from;
  const nextSpan = Math.min(Math.max(span / factor, limits.minSpan), limits.maxSpan);
  const pivot = window.from + span * anchor;
  const from = pivot - nextSpan * anchor;
  return clampWindow({ from, to: from + nextSpan }, limits);
}

/** Moves the window by a fraction of its span (positive = later). */
export function panWindow(window: TimeWindow, fraction: number, limits: ZoomLimits): TimeWindow {
  const shift = (window.to - window.from) * fraction;
  return clampWindow({ from: window.from + shift, to: window.to + shift }, limits);
}

/** A window of `span` centred on a moment. */
export function windowAround(time: number, span: number, limits: ZoomLimits): TimeWindow {
  return clampWindow({ from: time - span / 2, to: time + span / 2 }, limits);
}

/** The same window if [start, stop) is already inside it, otherwise one that centres it. */
export function revealInWindow(window: TimeWindow, start: number, stop: number, limits: ZoomLimits): TimeWindow {
  const margin = (window.to - window.from) * 0.04;
  if (start >= window.from + margin && stop <= window.to - margin) return window;
  const span = Math.max(window.to - window.from, Math.min((stop - start) * 1.2, limits.maxSpan));
  return windowAround((start + stop) / 2, span, limits);
}

export function sameWindow(a: TimeWindow | undefined, b: TimeWindow | undefined, tolerance = 60_000): boolean {
  if (!a || !b) return a === b;
  return Math.abs(a.from - b.from) <= tolerance && Math.abs(a.to - b.to) <= tolerance;
}

/** A window that shows [from, to) with some context around it, e.g. to open a cluster. */
export function windowForRange(from: number, to: number, limits: ZoomLimits): TimeWindow {
  const span = Math.max((to - from) * 2, 3 * DAY);
  return windowAround((from + to) / 2, span, limits);
}
