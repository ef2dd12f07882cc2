import type { ScaleTime } from 'd3-scale';
import type { Category, TimelineEvent } from '../data/timeline-event.ts';

/**
 * Places events in category lanes, in pixels. Pure: it returns new objects and never touches
 * its inputs, so the SVG (and later a canvas) can draw the same model.
 *
 * Within a lane, marks stack into up to `rowsPerLane` rows so that same-day events never
 * overlap; what still does not fit becomes a cluster with a count, which expands on zoom.
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

export interface TimelineLayout {
  readonly lanes: readonly LaneBand[];
  readonly marks: readonly PlacedMark[];
  readonly clusters: readonly ClusterMark[];
  readonly height: number;
}

interface Candidate {
  readonly event: TimelineEvent;
  readonly left: number;
  readonly right: number;
  readonly x: number;
  readonly kind: 'point' | 'span';
}

function toCandidate(event: TimelineEvent, scale: ScaleTime<number, number>, radius: number): Candidate {
  // A span is an `end` or a date longer than a day drawn wider than a dot; otherwise a point
  // sits in the middle of the period its date names (noon for a day).
  const x0 = scale(event.start);
  const x1 = scale(event.stop);
  if (event.end && x1 - x0 > radius * 2) return { event, left: x0, right: x1, x: x0, kind: 'span' };
  const centre = event.date.precision === 'minute' || event.date.precision === 'second' ? x0 : (x0 + Math.min(x1, scale(event.date.end))) / 2;
  return { event, left: centre - radius, right: centre + radius, x: centre, kind: 'point' };
}

function placeLane(
  candidates: readonly Candidate[],
  category: Category,
  band: LaneBand,
  options: LayoutOptions,
  scale: ScaleTime<number, number>,
): { marks: PlacedMark[]; clusters: ClusterMark[] } {
  const gap = 2;
  const pinned = new Set(options.pinned ?? []);
  // Pinned first, then by position: the greedy row fill gives pinned events a row for sure.
  const order = [...candidates].sort(
    (a, b) => Number(pinned.has(b.event.id)) - Number(pinned.has(a.event.id)) || a.left - b.left,
  );
  const rows: Array<Array<[number, number]>> = Array.from({ length: options.rowsPerLane }, () => []);
  const marks: PlacedMark[] = [];
  const overflow: Candidate[] = [];
  for (const candidate of order) {
    const row = rows.findIndex((occupied) =>
      occupied.every(([left, right]) => candidate.right + gap <= left || candidate.left - gap >= right),
    );
    if (row === -1) {
      overflow.push(candidate);
      continue;
    }
    rows[row]!.push([candidate.left, candidate.right]);
    marks.push({
      event: candidate.event,
      kind: candidate.kind,
      x: candidate.x,
      width: candidate.kind === 'span' ? candidate.right - candidate.left : 0,
      periodX0: scale(candidate.event.date.start),
      periodX1: scale(candidate.event.date.end),
      y: band.y + options.labelHeight + options.lanePadding + options.rowHeight * (row + 0.5),
      color: category.color,
    });
  }
  return { marks, clusters: clusterOverflow(overflow, category, band, options) };
}

/** Groups the marks that found no row into count badges, one per crowded spot. */
function clusterOverflow(
  overflow: readonly Candidate[],
  category: Category,
  band: LaneBand,
  options: LayoutOptions,
): ClusterMark[] {
  const sorted = [...overflow].sort((a, b) => a.x - b.x);
  const groups: Candidate[][] = [];
  for (const candidate of sorted) {
    const last = groups.at(-1);
    if (last && candidate.x - last[0]!.x < options.markRadius * 4) last.push(candidate);
    else groups.push([candidate]);
  }
  // Badges sit on the lane's bottom edge, under the stacked rows they continue.
  const y = band.y + band.height - options.lanePadding / 2;
  return groups.map((group) => ({
    key: `${category.id}:${group[0]!.event.id}`,
    category: category.id,
    x: group[0]!.x,
    y,
    eventIds: group.map((candidate) => candidate.event.id),
    from: Math.min(...group.map((candidate) => candidate.event.start)),
    to: Math.max(...group.map((candidate) => candidate.event.stop)),
    color: category.color,
  }));
}

export function layoutTimeline(
  events: readonly TimelineEvent[],
  categories: readonly Category[],
  scale: ScaleTime<number, number>,
  options: LayoutOptions,
): TimelineLayout {
  const laneHeight = options.labelHeight + options.rowsPerLane * options.rowHeight + options.lanePadding * 2;
  const lanes = categories.map((category, index) => ({ category, y: options.top + index * laneHeight, height: laneHeight }));
  const byCategory = new Map<string, Candidate[]>(categories.map((category) => [category.id, []]));
  const margin = options.markRadius * 2;
  for (const event of events) {
    const lane = byCategory.get(event.category);
    if (!lane) continue;
    const candidate = toCandidate(event, scale, options.markRadius);
    if (candidate.right < -margin || candidate.left > options.width + margin) continue;
    lane.push(candidate);
  }
  const marks: PlacedMark[] = [];
  const clusters: ClusterMark[] = [];
  for (const band of lanes) {
    const placed = placeLane(byCategory.get(band.category.id)!, band.category, band, options, scale);
    marks.push(...placed.marks);
    clusters.push(...placed.clusters);
  }
  return { lanes, marks, clusters, height: options.top + lanes.length * laneHeight };
}
