import { useMemo } from 'react';
import { timeScale, type TimeScale } from '../model/time-scale.ts';
import type { Category, TimelineEvent } from '../../data/timeline-event.ts';
import type { TimeWindow } from '../../view-store/view-state.ts';
import { computeAxisTicks, computeDayGrid } from '../model/axis-ticks.ts';
import { layoutTimeline, type LayoutOptions, type TimelineLayout } from '../model/lane-layout.ts';
import { createTextMeasure } from '../model/text-measure.ts';
import { LABEL_FONT_SIZE, markRadiusFor, TICK_SPACING, timelineLayoutOptions } from '../model/timeline-layout-options.ts';
import { useViewWindows } from './use-view-window.ts';
import { mirrorLayout, mirrorTicks } from '../model/mirror-layout.ts';
import { isRightToLeft } from '../../i18n/translate.ts';
import { createTimeIndex, positionsInWindow, type TimeIndex } from '../model/visible-range.ts';

/** Above this many events in view, marks are painted on a canvas instead of SVG elements. */
export const CANVAS_THRESHOLD = 1500;

const PHONE_WIDTH = 640;

/** The marks always placed (never left in a cluster): the selection and the keyboard cursor. */
export type PinnedIds = readonly (string | undefined)[];

/** The first event that starts inside the window and has a lane: the tab stop when none is active. */
function firstInside(index: TimeIndex, positions: Int32Array, from: number, laneIds: ReadonlySet<string>): string | undefined {
  let fallback: number | undefined;
  for (const position of positions) {
    if (!laneIds.has(index.categoryIds[index.category[position]!]!)) continue;
    if (index.start[position]! >= from) return index.events[position]!.id;
    fallback ??= position;
  }
  return fallback === undefined ? undefined : index.events[fallback]!.id;
}

/**
 * Everything the timeline draws, computed from the window: time scale, ticks, the events in view
 * (binary search over the time-sorted events, not a scan), their layout and labels. Only the
 * events in view are laid out, so a frame costs what is on screen.
 */
export function useTimelineModel(events: readonly TimelineEvent[], categories: readonly Category[], width: number, pinnedIds: PinnedIds) {
  // The settled window decides the lanes' rows and labels; the live one is drawn (see below).
  const { live: window, settled: settledWindow } = useViewWindows();
  const compact = width > 0 && width < PHONE_WIDTH;
  const markRadius = markRadiusFor(compact);
  const index = useMemo(() => createTimeIndex(events), [events]);
  const settled = useMemo(() => visibleIn(index, settledWindow, width, markRadius), [index, settledWindow, width, markRadius]);
  const current = useMemo(
    () => (window === settledWindow ? settled : visibleIn(index, window, width, markRadius)),
    [settled, index, window, settledWindow, width, markRadius],
  );
  const laneIds = useMemo(() => new Set(categories.map((category) => category.id)), [categories]);
  // From the settled window, not the live one: the tab stop is pinned, so it is part of the
  // layout's options, and a stop that changed with each frame of a zoom re-laid out the settled
  // view too (every frame, two layouts instead of one). It catches up when the gesture pauses.
  const defaultStopId = useMemo(
    () => firstInside(index, settled.visible.positions, settledWindow.from, laneIds),
    [index, settled, settledWindow.from, laneIds],
  );
  // Pinned events are always placed as marks: the selection, the keyboard cursor, the tab stop.
  const pinnedKey = [...pinnedIds, defaultStopId].filter((id): id is string => !!id).join('\n');
  const pinned = useMemo(() => (pinnedKey ? [...new Set(pinnedKey.split('\n'))] : []), [pinnedKey]);
  const fontSize = compact ? LABEL_FONT_SIZE.compact : LABEL_FONT_SIZE.wide;
  const measure = useMemo(() => createTextMeasure(fontSize), [fontSize]);
  const options = useMemo(() => timelineLayoutOptions({ width, compact, measure, pinned }), [width, compact, measure, pinned]);
  // The settled layout decides the lanes' rows and which labels show; a gesture's frames keep
  // both (labels only cut where their room shrinks), so nothing jumps until the gesture pauses.
  const settledLayout = useMemo(() => layoutTimeline(settled.visible, categories, settled.scale, options), [settled, categories, options]);
  const layout = useMemo(
    () => (current === settled ? settledLayout : gestureFrame(current, categories, options, settledLayout)),
    [current, settled, settledLayout, categories, options],
  );
  const { scale } = current;
  // Arabic month names are longer than "Jan": ticks further apart, so a label clears the next.
  const tickSpacing = (compact ? TICK_SPACING.compact : TICK_SPACING.wide) * (isRightToLeft() ? (compact ? 2 : 1.5) : 1);
  const ticks = useMemo(() => computeAxisTicks(scale, tickSpacing), [scale, tickSpacing]);
  const dayGrid = useMemo(() => computeDayGrid(scale), [scale]);
  // Right to left, the drawn layout is the time-ordered one mirrored (mirror-layout.ts); the
  // settled layout that a gesture's frames keep stays in time order.
  const rtl = isRightToLeft();
  const plotWidth = Math.max(width, 1);
  const drawn = useMemo(() => (rtl ? mirrorLayout(layout, plotWidth) : layout), [rtl, layout, plotWidth]);
  const drawnTicks = useMemo(() => (rtl ? mirrorTicks(ticks, plotWidth) : ticks), [rtl, ticks, plotWidth]);
  const drawnGrid = useMemo(() => (rtl ? dayGrid.map((x) => plotWidth - x) : dayGrid), [rtl, dayGrid, plotWidth]);
  // Density columns have no SVG form: a view with any is a canvas view too.
  const canvas = current.visible.positions.length > CANVAS_THRESHOLD || layout.bins.length > 0;
  return { layout: drawn, ticks: drawnTicks, dayGrid: drawnGrid, canvas, defaultStopId, window, compact, markRadius, labelFont: fontSize, rtl };
}

interface Visible {
  readonly scale: TimeScale;
  readonly visible: { readonly index: TimeIndex; readonly positions: Int32Array };
}

/** The scale of a window and the events in it (binary search over the time-sorted events). */
function visibleIn(index: TimeIndex, window: TimeWindow, width: number, markRadius: number): Visible {
  const scale = timeScale([window.from, window.to], [0, Math.max(width, 1)]);
  // Nothing to place before the plot has a width (the first render, before it is measured).
  if (width <= 0) return { scale, visible: { index, positions: new Int32Array(0) } };
  // The layout keeps marks within two radii of the edges (cut marks), so the slice does too.
  const margin = ((window.to - window.from) / Math.max(width, 1)) * markRadius * 2;
  return { scale, visible: { index, positions: positionsInWindow(index, window.from - margin, window.to + margin) } };
}

function gestureFrame(current: Visible, categories: readonly Category[], options: LayoutOptions, settled: TimelineLayout): TimelineLayout {
  const keep = new Map(settled.labels.map((label) => [label.key, label.side]));
  const laneRows = settled.lanes.map((lane) => lane.rows);
  return layoutTimeline(current.visible, categories, current.scale, { ...options, laneRows, labels: options.labels && { ...options.labels, keep } });
}
