import type { ScaleTime } from 'd3-scale';
import type { Category, TimelineEvent } from '../data/timeline-event.ts';
import { computeDensity, densityBarHeight, type DensityColumn } from './density-model.ts';
import type { ClusterMark, DensityBin, LaneBand, LayoutOptions, PlacedMark, TimelineLayout } from './layout-types.ts';
import { MARK_GAP, packLane, toCandidate, type Candidate, type Position } from './row-packing.ts';
import { createTimeIndex, type TimeIndex } from './visible-range.ts';

export type { ClusterMark, DensityBin, LaneBand, LayoutOptions, PlacedMark, TimelineLayout } from './layout-types.ts';

/**
 * Places events in category lanes, in pixels. Pure: it returns new objects and never touches
 * its inputs, so the SVG and the canvas draw the same model (see layout-types.ts).
 *
 * Within a lane, marks stack into up to `rowsPerLane` rows so that same-day events never
 * overlap; what still does not fit becomes a cluster with a count, which expands on zoom. A
 * lane with far more events than marks fit (`denseFactor` × its capacity) is drawn as counts
 * per pixel column instead (density bins), keeping only its pinned events as marks.
 */

/**
 * The window's scale is linear in time, so its map is computed directly: at coarse zoom this
 * runs for every event in view, each frame, and a d3 scale call costs several times more.
 */
function linearMaps(scale: ScaleTime<number, number>): { x: Position; time: Position } {
  const [d0, d1] = scale.domain().map(Number) as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return { x: (time) => r0 + (time - d0) * k, time: (pixel) => (k === 0 ? d0 : d0 + (pixel - r0) / k) };
}

/** The events to lay out: a list, or the part of an indexed dataset in view (the fast path). */
export type LayoutSource = readonly TimelineEvent[] | { readonly index: TimeIndex; readonly positions: ArrayLike<number> };

function indexed(source: LayoutSource): { index: TimeIndex; positions: ArrayLike<number> } {
  if ('index' in source) return source;
  const events = source as readonly TimelineEvent[];
  return { index: createTimeIndex(events), positions: Array.from(events, (_, position) => position) };
}

export function layoutTimeline(
  source: LayoutSource,
  categories: readonly Category[],
  scale: ScaleTime<number, number>,
  options: LayoutOptions,
): TimelineLayout {
  const { width, markRadius: radius } = options;
  const laneHeight = options.labelHeight + options.rowsPerLane * options.rowHeight + options.lanePadding * 2;
  const lanes = categories.map((category, index) => ({ category, y: options.top + index * laneHeight, height: laneHeight }));
  const { index, positions } = indexed(source);
  const { x, time } = linearMaps(scale);
  const margin = radius * 2;
  // Typed columns, not event objects, in the loops that run over every event in view.
  const laneById = new Map(categories.map((category, lane) => [category.id, lane]));
  const laneOfCode = index.categoryIds.map((id) => laneById.get(id) ?? -1);
  // Two passes over typed columns: which lane each event in view goes to, then each lane's list.
  const laneOf = new Int32Array(positions.length);
  const counts = new Int32Array(lanes.length);
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i]!;
    const lane = laneOfCode[index.category[position]!]!;
    const outside = x(index.stop[position]!) < -margin || x(index.start[position]!) > width + margin;
    laneOf[i] = lane < 0 || outside ? -1 : lane;
    if (laneOf[i]! >= 0) counts[lane]! += 1;
  }
  const inView = Array.from(counts, (count) => new Int32Array(count));
  counts.fill(0);
  for (let i = 0; i < positions.length; i++) {
    const lane = laneOf[i]!;
    if (lane >= 0) inView[lane]![counts[lane]!++] = positions[i]!;
  }
  const pinnedIds = new Set(options.pinned ?? []);
  const pinnedPositions = new Set([...pinnedIds].flatMap((id) => index.positionOf(id) ?? []));
  const capacity = options.rowsPerLane * Math.max(1, Math.floor(width / (2 * radius + MARK_GAP)));
  const denseAbove = capacity * (options.denseFactor ?? 2);
  const marks: PlacedMark[] = [];
  const clusters: ClusterMark[] = [];
  const denseLanes: Array<{ band: LaneBand; columns: DensityColumn[] }> = [];
  lanes.forEach((band, lane) => {
    const laneView = inView[lane]!;
    const dense = laneView.length > denseAbove;
    const xs = new Float64Array(dense ? laneView.length : 0);
    const candidates: Candidate[] = [];
    for (let i = 0; i < laneView.length; i++) {
      const position = laneView[i]!;
      if (dense) xs[i] = centreAt(index, position, x, radius, width);
      if (dense && !pinnedPositions.has(position)) continue;
      const candidate = toCandidate(index.events[position]!, x, radius);
      if (candidate.right >= -margin && candidate.left <= width + margin) candidates.push(candidate);
    }
    const placed = packLane(candidates, band.category, band, options, x, pinnedIds);
    marks.push(...placed.marks);
    clusters.push(...placed.clusters);
    if (dense) denseLanes.push({ band, columns: computeDensity(xs, width, options.binWidth ?? 2) });
  });
  return { lanes, marks, clusters, bins: toBins(denseLanes, options, time), height: options.top + lanes.length * laneHeight };
}

/** Density columns as bars, scaled to the busiest column of any lane in view. */
function toBins(denseLanes: ReadonlyArray<{ band: LaneBand; columns: DensityColumn[] }>, options: LayoutOptions, time: Position): DensityBin[] {
  let busiest = 0;
  for (const lane of denseLanes) for (const column of lane.columns) busiest = Math.max(busiest, column.count);
  const rowsHeight = options.rowsPerLane * options.rowHeight;
  return denseLanes.flatMap(({ band, columns }) => {
    const bottom = band.y + options.labelHeight + options.lanePadding + rowsHeight;
    return columns.map((column): DensityBin => {
      const height = densityBarHeight(column.count, busiest, rowsHeight);
      return {
        key: `${band.category.id}:${column.x0}`,
        category: band.category.id,
        x: column.x0,
        width: column.x1 - column.x0,
        y: bottom - height,
        height,
        count: column.count,
        intensity: column.count / busiest,
        from: time(column.x0),
        to: time(column.x1),
        color: band.category.color,
      };
    });
  });
}

/** Where an event counts in a density bin: a point's centre, or the middle of a span's visible part. */
function centreAt(index: TimeIndex, position: number, x: Position, radius: number, width: number): number {
  const x0 = x(index.start[position]!);
  const x1 = x(index.stop[position]!);
  if (index.hasEnd[position] && x1 - x0 > radius * 2) return (Math.max(x0, 0) + Math.min(x1, width)) / 2;
  return x(index.centre[position]!);
}
