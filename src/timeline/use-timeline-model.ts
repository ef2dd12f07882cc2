import { useMemo } from 'react';
import { scaleUtc } from 'd3-scale';
import type { Category, TimelineEvent } from '../data/timeline-event.ts';
import type { TimeWindow } from '../routes/view-state.ts';
import { computeAxisTicks, computeDayGrid } from './axis-ticks.ts';
import { layoutTimeline } from './lane-layout.ts';
import { createTimeIndex, positionsInWindow, type TimeIndex } from './visible-range.ts';

export const AXIS_HEIGHT = 30;
export const LANE_LABEL_HEIGHT = 13;
/** Above this many events in view, marks are painted on a canvas instead of SVG elements. */
export const CANVAS_THRESHOLD = 1500;

interface ModelInput {
  readonly events: readonly TimelineEvent[];
  readonly categories: readonly Category[];
  readonly window: TimeWindow;
  readonly width: number;
  readonly compact: boolean;
  readonly markRadius: number;
  readonly selectedId?: string;
  readonly activeId?: string;
}

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
 * Everything the timeline draws, computed from the window: d3 scale, ticks, the events in view
 * (binary search over the time-sorted events, not a scan) and their layout. Only the events in
 * view are laid out, so a frame costs what is on screen.
 */
export function useTimelineModel({ events, categories, window, width, compact, markRadius, selectedId, activeId }: ModelInput) {
  const scale = useMemo(
    () => scaleUtc().domain([window.from, window.to]).range([0, Math.max(width, 1)]),
    [window.from, window.to, width],
  );
  const index = useMemo(() => createTimeIndex(events), [events]);
  const visible = useMemo(() => {
    // Nothing to place before the plot has a width (the first render, before it is measured).
    if (width <= 0) return { index, positions: new Int32Array(0) };
    // The layout keeps marks within two radii of the edges (cut marks), so the slice does too.
    const margin = ((window.to - window.from) / Math.max(width, 1)) * markRadius * 2;
    return { index, positions: positionsInWindow(index, window.from - margin, window.to + margin) };
  }, [index, window.from, window.to, width, markRadius]);
  const laneIds = useMemo(() => new Set(categories.map((category) => category.id)), [categories]);
  const defaultStopId = useMemo(
    () => firstInside(index, visible.positions, window.from, laneIds),
    [index, visible, window.from, laneIds],
  );
  // Pinned events are always placed as marks: the selection, the keyboard cursor, the tab stop.
  const pinnedKey = [selectedId, activeId, defaultStopId].filter((id): id is string => !!id).join('\n');
  const pinned = useMemo(() => (pinnedKey ? [...new Set(pinnedKey.split('\n'))] : []), [pinnedKey]);
  const layout = useMemo(
    () =>
      layoutTimeline(visible, categories, scale, {
        width,
        top: AXIS_HEIGHT,
        rowHeight: compact ? 15 : 17,
        rowsPerLane: compact ? 2 : 3,
        lanePadding: 5,
        labelHeight: LANE_LABEL_HEIGHT,
        markRadius,
        pinned,
      }),
    [visible, categories, scale, width, compact, markRadius, pinned],
  );
  const ticks = useMemo(() => computeAxisTicks(scale, compact ? 70 : 90), [scale, compact]);
  const dayGrid = useMemo(() => computeDayGrid(scale), [scale]);
  // Density columns have no SVG form: a view with any is a canvas view too.
  const canvas = visible.positions.length > CANVAS_THRESHOLD || layout.bins.length > 0;
  return { layout, ticks, dayGrid, canvas, defaultStopId };
}
