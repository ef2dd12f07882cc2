import type { Category, TimelineEvent } from '../../data/timeline-event.ts';
import type { ShapeExtent } from '../../ui/mark-shape.tsx';

/**
 * The timeline's model in pixels, made by layoutTimeline (lane-layout.ts) and drawn by both
 * the SVG marks and the canvas: lanes, placed marks, overflow clusters and density bins.
 */
export interface LayoutOptions {
  readonly width: number;
  readonly top: number;
  readonly rowHeight: number;
  /**
   * The most rows a lane may use. A lane takes only the rows its marks and labels need (at least
   * one), so a quiet lane is a thin band; `laneRows` fixes each lane's count instead.
   */
  readonly rowsPerLane: number;
  /**
   * Each lane's row count, by position in the categories list. During a gesture the view passes
   * the counts of the settled layout, so lanes keep their height while the reader zooms.
   */
  readonly laneRows?: readonly number[];
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
  /** Text labels beside the marks (label-placement.ts); none when absent. */
  readonly labels?: LabelOptions;
}

/** Key events are drawn this much larger than the others. */
export const KEY_MARK_SCALE = 1.2;

export interface LaneBand {
  readonly category: Category;
  readonly y: number;
  readonly height: number;
  /** Rows of marks in the lane. */
  readonly rows: number;
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
  /** The lane row the mark sits in (0 at the top). */
  readonly row: number;
  /** A point's radius: key events are drawn larger (KEY_MARK_SCALE). */
  readonly radius: number;
  readonly color: string;
}

export interface ClusterMark {
  readonly key: string;
  readonly category: string;
  readonly x: number;
  readonly y: number;
  readonly eventIds: readonly string[];
  /** The most important of them (label-priority.ts): its label names the badge. */
  readonly lead: TimelineEvent;
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
  /** Text beside marks and cluster badges, placed so none overlaps a mark or another label. */
  readonly labels: readonly PlacedLabel[];
  readonly height: number;
}

/** Text labels beside marks: the input and output of placeLabels (label-placement.ts). */
export type LabelSide = 'inside' | 'after' | 'before';

export interface LabelOptions {
  /** Width of a text at the label font, in pixels. */
  readonly measure: (text: string) => number;
  /**
   * A quick guess of that width, for choices that need no exactness (how much room to keep
   * after a mark, whether a label could fit at all); `measure` when absent.
   */
  readonly estimate?: (text: string) => number;
  /** Height of a label's box. */
  readonly lineHeight: number;
  /** Space between a mark and its label. */
  readonly gap: number;
  /** A label cut narrower than this is left out: a stub of two letters says nothing. */
  readonly minWidth: number;
  readonly spanHeight: number;
  readonly clusterRadius: number;
  /** How far a point mark's shape reaches (mark-shape.tsx); a circle of its radius if absent. */
  readonly extentOf?: (mark: PlacedMark) => ShapeExtent;
  /**
   * During a gesture: only these labels, each on the side it had, cut where the zoom has taken
   * their room (never moved to another side, never added), so nothing jumps until it settles.
   */
  readonly keep?: ReadonlyMap<string, LabelSide>;
}

export interface PlacedLabel {
  /** The mark's event id, or the cluster's key. */
  readonly key: string;
  readonly target: 'mark' | 'cluster';
  /** The event the text names (a cluster's most important event). */
  readonly eventId: string;
  readonly text: string;
  /** A key event's label, set in a heavier weight. */
  readonly strong: boolean;
  readonly side: LabelSide;
  /** Left edge and vertical middle, in plot pixels. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

