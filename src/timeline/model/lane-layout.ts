import type { TimeScale } from './time-scale.ts';
import type { Category, TimelineEvent } from '../../data/timeline-event.ts';
import { computeDensity, densityBarHeight, type DensityColumn } from './density-model.ts';
import type { ClusterMark, DensityBin, LaneBand, LayoutOptions, PlacedMark, TimelineLayout } from './layout-types.ts';
import { shapeExtent, shapeForIndex, type ShapeExtent } from '../../ui/mark-shape.tsx';
import { laneIndexById } from './fold-lanes.ts';
import { placeLabels } from './label-placement.ts';
import { clusterOverflow } from './cluster-overflow.ts';
import { labelTextOf } from './label-priority.ts';
import { MARK_GAP, packLane, toCandidate, type Candidate, type Position } from './row-packing.ts';
import { createTimeIndex, type TimeIndex } from './visible-range.ts';

export type { ClusterMark, DensityBin, LaneBand, LayoutOptions, PlacedMark, TimelineLayout } from './layout-types.ts';

/**
 * Places events in category lanes, in pixels. Pure: it returns new objects and never touches
 * its inputs, so the SVG and the canvas draw the same model (see layout-types.ts).
 *
 * Within a lane, marks stack into up to `rowsPerLane` rows so that same-day events never
 * overlap and labels have room (a lane opens only the rows it needs); what still does not fit
 * becomes a cluster with a count, which expands on zoom. A
 * lane with far more events than marks fit (`denseFactor` × its capacity) is drawn as counts
 * per pixel column instead (density bins), keeping only its pinned events as marks.
 */

/**
 * The window's scale is linear in time, so its map is computed directly: at coarse zoom this
 * runs for every event in view, each frame, and a d3 scale call costs several times more.
 */
function linearMaps(scale: TimeScale): { x: Position; time: Position } {
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
  scale: TimeScale,
  options: LayoutOptions,
): TimelineLayout {
  const { width, markRadius: radius } = options;
  const { index, positions } = indexed(source);
  const { x, time } = linearMaps(scale);
  const margin = radius * 2;
  // Typed columns, not event objects, in the loops that run over every event in view.
  // A folded lane (fold-lanes.ts) also draws its member categories.
  const laneById = laneIndexById(categories);
  const laneOfCode = index.categoryIds.map((id) => laneById.get(id) ?? -1);
  // Two passes over typed columns: which lane each event in view goes to, then each lane's list.
  const laneOf = new Int32Array(positions.length);
  const counts = new Int32Array(categories.length);
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
  const labelRoom = labelRoomFor(options);
  const packings = categories.map((category, lane) => {
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
    // A dense lane's columns rise through all the rows a lane may have.
    const fixedRows = options.laneRows?.[lane] ?? (dense ? options.rowsPerLane : undefined);
    const packing = packLane(candidates, { maxRows: options.rowsPerLane, fixedRows, pinned: pinnedIds, labelRoom, width });
    return { category, packing, columns: dense ? computeDensity(xs, width, options.binWidth ?? 2) : undefined };
  });
  const lanes: LaneBand[] = [];
  let y = options.top;
  for (const { category, packing } of packings) {
    const height = options.labelHeight + packing.rows * options.rowHeight + options.lanePadding * 2;
    lanes.push({ category, y, height, rows: packing.rows });
    y += height;
  }
  const marks: PlacedMark[] = [];
  const clusters: ClusterMark[] = [];
  packings.forEach(({ category, packing }, lane) => {
    const band = lanes[lane]!;
    const rowsTop = band.y + options.labelHeight + options.lanePadding;
    for (const { candidate, row } of packing.placed) {
      marks.push({
        event: candidate.event,
        kind: candidate.kind,
        x: candidate.x,
        width: candidate.kind === 'span' ? candidate.right - candidate.left : 0,
        periodX0: x(candidate.event.date.start),
        periodX1: x(candidate.event.date.end),
        y: rowsTop + options.rowHeight * (row + 0.5),
        row,
        radius: candidate.radius,
        color: category.color,
      });
    }
    clusters.push(...clusterOverflow(packing.overflow, category, band, options));
  });
  const denseLanes = packings.flatMap(({ columns }, lane) => (columns ? [{ band: lanes[lane]!, columns }] : []));
  const labels = options.labels ? placeLabels(marks, clusters, width, pinnedIds, { extentOf: shapeExtentsOf(categories), ...options.labels }) : [];
  return { lanes, marks, clusters, bins: toBins(denseLanes, options, time), labels, height: y };
}

/** Each lane's shape (its category's place in the list, as the marks draw it), to keep labels off it. */
function shapeExtentsOf(categories: readonly Category[]): (mark: PlacedMark) => ShapeExtent {
  const lanes = laneIndexById(categories);
  return (mark) => shapeExtent(shapeForIndex(lanes.get(mark.event.category) ?? 0), mark.radius);
}

/** How much room a mark's label wants after it, measured once per event. */
function labelRoomFor(options: LayoutOptions): (event: TimelineEvent) => number {
  const labels = options.labels;
  if (!labels) return () => 0;
  const estimate = labels.estimate ?? labels.measure;
  return (event) => labels.gap * 2 + estimate(labelTextOf(event));
}

/** Density columns as bars, scaled to the busiest column of any lane in view. */
function toBins(denseLanes: ReadonlyArray<{ band: LaneBand; columns: DensityColumn[] }>, options: LayoutOptions, time: Position): DensityBin[] {
  let busiest = 0;
  for (const lane of denseLanes) for (const column of lane.columns) busiest = Math.max(busiest, column.count);
  return denseLanes.flatMap(({ band, columns }) => {
    const rowsHeight = band.rows * options.rowHeight;
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
