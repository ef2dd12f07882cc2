import type { Category, TimelineEvent } from '../data/timeline-event.ts';

/**
 * The timeline's model in pixels, made by layoutTimeline (lane-layout.ts) and drawn by both
 * the SVG marks and the canvas: lanes, placed marks, overflow clusters and density bins.
 */
export interface LayoutOptions {
  readonly width: number;
  readonly top: number;
  readonly rowHeight: number;
  readonly rowsPerLane: number;
  readonly lanePadding: number;
  /** Room above a lane's rows for its label, so marks never sit on the text. */
  readonly labelHeight: number;
  readonly markRadius: number;
  /** Ids placed before all others (selected, focused), so they are never hidden in a cluster. */
  readonly pinned?: readonly string[];
  /** A lane becomes density bins above this many times the marks its rows can hold (default 2). */
  readonly denseFactor?: number;
  /** Width of a density bin in pixels (default 2). */
  readonly binWidth?: number;
}

export interface LaneBand {
  readonly category: Category;
  readonly y: number;
  readonly height: number;
}

export interface PlacedMark {
  readonly event: TimelineEvent;
  readonly kind: 'point' | 'span';
  /** Centre of a point; left edge of a span. */
  readonly x: number;
  /** Span width in pixels (0 for points). */
  readonly width: number;
  /** The period the date names (a month for "2023-10"), drawn as a whisker when wider than the mark. */
  readonly periodX0: number;
  readonly periodX1: number;
  readonly y: number;
  readonly color: string;
}

export interface ClusterMark {
  readonly key: string;
  readonly category: string;
  readonly x: number;
  readonly y: number;
  readonly eventIds: readonly string[];
  /** The time range the clustered events cover, to zoom into on click. */
  readonly from: number;
  readonly to: number;
  readonly color: string;
}

/** One pixel column of a dense lane: a bar rising from the bottom of the lane's rows. */
export interface DensityBin {
  readonly key: string;
  readonly category: string;
  readonly x: number;
  readonly width: number;
  readonly y: number;
  readonly height: number;
  readonly count: number;
  /** count ÷ the busiest column in view, in (0, 1]. */
  readonly intensity: number;
  /** The time range of the column. */
  readonly from: number;
  readonly to: number;
  readonly color: string;
}

export interface TimelineLayout {
  readonly lanes: readonly LaneBand[];
  readonly marks: readonly PlacedMark[];
  readonly clusters: readonly ClusterMark[];
  readonly bins: readonly DensityBin[];
  readonly height: number;
}
