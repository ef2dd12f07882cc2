import type { Category, TimelineEvent } from '../data/timeline-event.ts';
import type { ClusterMark, LaneBand, LayoutOptions, PlacedMark } from './lane-layout.ts';

/** Time (wall-clock ms) to pixels: the window's linear map, see lane-layout.ts. */
export type Position = (time: number) => number;

export interface Candidate {
  readonly event: TimelineEvent;
  readonly left: number;
  readonly right: number;
  readonly x: number;
  readonly kind: 'point' | 'span';
}

/** A point sits at its minute, or in the middle of the period its date names (noon for a day). */
export function pointCentre(event: TimelineEvent, x: Position): number {
  const x0 = x(event.start);
  if (event.date.precision === 'minute' || event.date.precision === 'second') return x0;
  return (x0 + Math.min(x(event.stop), x(event.date.end))) / 2;
}

/** Pixels kept free between two marks in a row. */
export const MARK_GAP = 2;

export function toCandidate(event: TimelineEvent, x: Position, radius: number): Candidate {
  // A span is an `end` drawn wider than a dot; anything else is a point.
  const x0 = x(event.start);
  const x1 = x(event.stop);
  if (event.end && x1 - x0 > radius * 2) return { event, left: x0, right: x1, x: x0, kind: 'span' };
  const centre = pointCentre(event, x);
  return { event, left: centre - radius, right: centre + radius, x: centre, kind: 'point' };
}

const disjoint = (candidate: Candidate, [left, right]: readonly [number, number]) =>
  candidate.right + MARK_GAP <= left || candidate.left - MARK_GAP >= right;

/**
 * Greedy row fill in O(n × rows) after one sort: taken left to right, a mark fits a row when
 * it starts after the row's right edge, so each row only needs its right edge. Pinned events
 * (selected, focused) go first, wherever they are, so they are kept as a short list of
 * intervals per row and checked in full.
 */
export function packLane(
  candidates: readonly Candidate[],
  category: Category,
  band: LaneBand,
  options: LayoutOptions,
  x: Position,
  pinned: ReadonlySet<string>,
): { marks: PlacedMark[]; clusters: ClusterMark[] } {
  const byLeft = (a: Candidate, b: Candidate) => a.left - b.left;
  const first = candidates.filter((candidate) => pinned.has(candidate.event.id)).sort(byLeft);
  const rest = candidates.filter((candidate) => !pinned.has(candidate.event.id)).sort(byLeft);
  const pinnedRows: Array<Array<[number, number]>> = Array.from({ length: options.rowsPerLane }, () => []);
  const rightEdges = new Array<number>(options.rowsPerLane).fill(-Infinity);
  const marks: PlacedMark[] = [];
  const overflow: Candidate[] = [];
  const place = (candidate: Candidate, row: number) =>
    marks.push({
      event: candidate.event,
      kind: candidate.kind,
      x: candidate.x,
      width: candidate.kind === 'span' ? candidate.right - candidate.left : 0,
      periodX0: x(candidate.event.date.start),
      periodX1: x(candidate.event.date.end),
      y: band.y + options.labelHeight + options.lanePadding + options.rowHeight * (row + 0.5),
      color: category.color,
    });
  for (const candidate of first) {
    const row = pinnedRows.findIndex((occupied) => occupied.every((interval) => disjoint(candidate, interval)));
    if (row === -1) overflow.push(candidate);
    else {
      pinnedRows[row]!.push([candidate.left, candidate.right]);
      place(candidate, row);
    }
  }
  for (const candidate of rest) {
    let row = -1;
    for (let r = 0; r < rightEdges.length && row === -1; r++) {
      if (candidate.left - MARK_GAP >= rightEdges[r]! && pinnedRows[r]!.every((interval) => disjoint(candidate, interval))) row = r;
    }
    if (row === -1) overflow.push(candidate);
    else {
      rightEdges[row] = candidate.right;
      place(candidate, row);
    }
  }
  return { marks, clusters: clusterOverflow(overflow, category, band, options) };
}

/** Groups the marks that found no row into count badges, one per crowded spot. */
function clusterOverflow(overflow: readonly Candidate[], category: Category, band: LaneBand, options: LayoutOptions): ClusterMark[] {
  const sorted = [...overflow].sort((a, b) => a.x - b.x);
  const groups: Candidate[][] = [];
  for (const candidate of sorted) {
    const last = groups.at(-1);
    if (last && candidate.x - last[0]!.x < options.markRadius * 4) last.push(candidate);
    else groups.push([candidate]);
  }
  // Badges sit on the lane's bottom edge, under the stacked rows they continue.
  const y = band.y + band.height - options.lanePadding / 2;
  return groups.map((group) => {
    // Loops, not Math.min(...spread): a group can hold thousands of events.
    let from = Infinity;
    let to = -Infinity;
    for (const { event } of group) {
      from = Math.min(from, event.start);
      to = Math.max(to, event.stop);
    }
    return {
      key: `${category.id}:${group[0]!.event.id}`,
      category: category.id,
      x: group[0]!.x,
      y,
      eventIds: group.map((candidate) => candidate.event.id),
      from,
      to,
      color: category.color,
    };
  });
}
