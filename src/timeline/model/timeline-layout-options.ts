import type { LabelOptions, LayoutOptions } from './layout-types.ts';
import { estimateTextWidth, type TextMeasure } from './text-measure.ts';

/**
 * The timeline's sizes in one place, for everything that draws it: the screen
 * (use-timeline-model.ts) and the SVG/PNG export, so an export is laid out as the reader sees it.
 */
export const AXIS_HEIGHT = 30;
export const LANE_LABEL_HEIGHT = 13;
/** Label text size on the timeline: phones get a point less, for more of them. */
export const LABEL_FONT_SIZE = { compact: 10, wide: 11 } as const;
/** The least room between axis ticks' labels, in pixels. */
export const TICK_SPACING = { compact: 70, wide: 90 } as const;
/** A span's bar height and a count badge's radius, as every renderer draws them. */
export const SPAN_HEIGHT = 10;
export const CLUSTER_RADIUS = 9;

/** A label's box height at a font size: the layout keeps it clear, the canvas hit-tests it. */
export function labelLineHeight(fontSize: number): number {
  return Math.ceil(fontSize * 1.2);
}

/** Point marks' radius: a little smaller on phones, whose lanes are shorter. */
export function markRadiusFor(compact: boolean): number {
  return compact ? 5.5 : 6.5;
}

export interface TimelineLayoutOptionsInput {
  readonly width: number;
  /** A phone-sized plot: smaller labels and marks, one row more per lane. */
  readonly compact: boolean;
  /** Measures label text at the label font size of `compact` (createTextMeasure). */
  readonly measure: TextMeasure;
  /** The selection, the keyboard cursor and the tab stop: placed before all other marks. */
  readonly pinned?: readonly string[];
}

/** The lane layout's options for a plot `width` pixels wide (layoutTimeline, lane-layout.ts). */
export function timelineLayoutOptions({ width, compact, measure, pinned = [] }: TimelineLayoutOptionsInput): LayoutOptions {
  const fontSize = compact ? LABEL_FONT_SIZE.compact : LABEL_FONT_SIZE.wide;
  const labels: LabelOptions = {
    measure,
    estimate: estimateTextWidth(fontSize),
    lineHeight: labelLineHeight(fontSize),
    gap: 4,
    minWidth: fontSize * 7,
    spanHeight: SPAN_HEIGHT,
    clusterRadius: CLUSTER_RADIUS,
  };
  return {
    width,
    top: AXIS_HEIGHT,
    rowHeight: compact ? 16 : 18,
    rowsPerLane: compact ? 5 : 4,
    // A lane turns into density columns past the same number of events as when lanes had a
    // fixed 3 rows (2 on phones) with the default factor of 2: the extra rows are for labels,
    // and a dense view stays a canvas (an SVG of 600 marks drew 70 ms later at 1,000 events).
    denseFactor: compact ? (2 * 2) / 5 : (2 * 3) / 4,
    lanePadding: 4,
    labelHeight: LANE_LABEL_HEIGHT,
    markRadius: markRadiusFor(compact),
    pinned,
    labels,
  };
}
