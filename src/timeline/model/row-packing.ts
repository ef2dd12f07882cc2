import type { TimelineEvent } from '../../data/timeline-event.ts';
import { KEY_MARK_SCALE } from './layout-types.ts';

/** Time (wall-clock ms) to pixels: the window's linear map, see lane-layout.ts. */
export type Position = (time: number) => number;

export interface Candidate {
  readonly event: TimelineEvent;
  readonly left: number;
  readonly right: number;
  readonly x: number;
  readonly kind: 'point' | 'span';
  readonly radius: number;
}

/** A point sits at its minute, or in the middle of the period its date names (noon for a day). */
export function pointCentre(event: TimelineEvent, x: Position): number {
  const x0 = x(event.start);
  if (event.date.precision === 'minute' || event.date.precision === 'second') return x0;
  return (x0 + Math.min(x(event.stop), x(event.date.end))) / 2;
}

/** Pixels kept free between two marks in a row. */
export const MARK_GAP = 2;

export function toCandidate(event: TimelineEvent, x: Position, baseRadius: number): Candidate {
  const radius = event.key ? baseRadius * KEY_MARK_SCALE : baseRadius;
  // A span is an `end` drawn wider than a dot; anything else is a point.
  const x0 = x(event.start);
  const x1 = x(event.stop);
  if (event.end && x1 - x0 > radius * 2) return { event, left: x0, right: x1, x: x0, kind: 'span', radius };
  const centre = pointCentre(event, x);
  return { event, left: centre - radius, right: centre + radius, x: centre, kind: 'point', radius };
}

export interface PackOptions {
  /** The most rows the lane may open. */
  readonly maxRows: number;
  /** A fixed row count (during a gesture): no row is opened or left unused. */
  readonly fixedRows?: number;
  /** Placed first, wherever they are: the selection, the keyboard cursor. */
  readonly pinned: ReadonlySet<string>;
  /** Pixels a mark's label wants after it (0 without labels). */
  readonly labelRoom: (event: TimelineEvent) => number;
  /** The plot's width: a label that would run past it is kept room before its mark instead. */
  readonly width?: number;
}

export interface LanePacking {
  readonly placed: ReadonlyArray<{ readonly candidate: Candidate; readonly row: number }>;
  /** The marks that found no row: they become count badges. */
  readonly overflow: readonly Candidate[];
  /** Rows in use, at least one. */
  readonly rows: number;
}

/** Pixels of a key label's room that no ordinary mark may take (about ten characters). */
const KEY_LABEL_GUARD = 60;

/** Any other row is better than one that cuts the selection's label. */
const PINNED_COST = 1e6;

/** Pinned and key events are kept as interval lists per row; past this many, keys pack like the rest. */
const MAX_RESERVED = 64;

type Interval = readonly [number, number];
interface LabelRoom {
  readonly from: number;
  readonly to: number;
  readonly before: boolean;
  /** The selection's (or the keyboard cursor's): never given up for another mark. */
  readonly pinned: boolean;
}
const clearOf = (left: number, right: number, rooms: readonly LabelRoom[]) =>
  rooms.every(({ from, to }) => right + MARK_GAP <= from || left - MARK_GAP >= to);
const clear = (left: number, right: number, intervals: readonly Interval[]) =>
  intervals.every(([start, end]) => right + MARK_GAP <= start || left - MARK_GAP >= end);

/**
 * How many pixels of reserved label room a mark would take away: a label is cut at the first
 * mark in its way, so everything from that mark to the label's far end is lost. Rooms are kept
 * as [from, to] after their mark (from < to, read left to right) or before it (read right to
 * left from the mark, which sits at `to`).
 */
function labelCut(candidate: Candidate, rooms: readonly LabelRoom[]): number {
  let cut = 0;
  for (const { from, to, before, pinned } of rooms) {
    if (candidate.right + MARK_GAP <= from || candidate.left - MARK_GAP >= to) continue;
    cut += pinned ? PINNED_COST : before ? candidate.right - from : to - candidate.left;
  }
  return cut;
}

/**
 * Greedy row fill in O(n × rows) after one sort. Pinned events go first, then key events, each
 * with the room its label wants kept free after it; then the rest, left to right, each in the
 * first row where the previous mark's label has room, else in a new row (while the lane may
 * open one), else in the row with the most room left, else into a count badge. Only the last
 * mark's edges are kept per row for the rest, so each needs a few comparisons.
 */
export function packLane(candidates: readonly Candidate[], options: PackOptions): LanePacking {
  const { pinned, labelRoom } = options;
  const limit = options.fixedRows ?? options.maxRows;
  const byLeft = (a: Candidate, b: Candidate) => a.left - b.left;
  const isPinned = (candidate: Candidate) => pinned.has(candidate.event.id);
  const keys = candidates.filter((candidate) => candidate.event.key && !isPinned(candidate));
  const reservedKeys = keys.length <= MAX_RESERVED ? keys : [];
  const reserved = [...candidates.filter(isPinned).sort(byLeft), ...reservedKeys.sort(byLeft)];
  const reservedIds = new Set(reserved.map((candidate) => candidate.event.id));
  const rest = candidates.filter((candidate) => !reservedIds.has(candidate.event.id)).sort(byLeft);

  let rows = options.fixedRows ?? 1;
  const marksIn: Interval[][] = Array.from({ length: limit }, () => []);
  const labelsIn: LabelRoom[][] = Array.from({ length: limit }, () => []);
  const rightEdges = new Array<number>(limit).fill(-Infinity);
  const labelEdges = new Array<number>(limit).fill(-Infinity);
  const placed: Array<{ candidate: Candidate; row: number }> = [];
  const overflow: Candidate[] = [];
  const firstRow = (test: (row: number) => boolean) => {
    for (let row = 0; row < rows; row++) if (test(row)) return row;
    return rows < limit && test(rows) ? rows++ : -1;
  };

  for (const candidate of reserved) {
    // The label's room: after the mark, or before it where after would run off the plot.
    const room = labelRoom(candidate.event);
    const after = candidate.right + room <= (options.width ?? Infinity);
    const [from, to] = after ? [candidate.right, candidate.right + room] : [candidate.left - room, candidate.left];
    const [left, right] = [Math.min(from, candidate.left), Math.max(to, candidate.right)];
    const markFits = (r: number) => clear(candidate.left, candidate.right, marksIn[r]!);
    let row = firstRow((r) => clear(left, right, marksIn[r]!) && clearOf(left, right, labelsIn[r]!));
    // No row with room for its label: a row for the mark alone, off the selection's label if it can.
    if (row === -1) row = firstRow((r) => markFits(r) && clearOf(candidate.left, candidate.right, labelsIn[r]!.filter((room) => room.pinned)));
    if (row === -1) row = firstRow(markFits);
    if (row === -1) {
      overflow.push(candidate);
      continue;
    }
    marksIn[row]!.push([candidate.left, candidate.right]);
    labelsIn[row]!.push({ from, to, before: !after, pinned: pinned.has(candidate.event.id) });
    placed.push({ candidate, row });
  }
  for (const candidate of rest) {
    const fitsMark = (r: number) => candidate.left - MARK_GAP >= rightEdges[r]! && clear(candidate.left, candidate.right, marksIn[r]!);
    const fitsAll = (r: number) => fitsMark(r) && candidate.left - MARK_GAP >= labelEdges[r]! && clearOf(candidate.left, candidate.right, labelsIn[r]!);
    let row = firstRow(fitsAll);
    // No row leaves every label its room: take the row that cuts the least off a key event's
    // label, then the one that leaves the previous mark's label the most.
    if (row === -1) {
      let fewest = Infinity;
      for (let r = 0; r < rows; r++) {
        if (!fitsMark(r)) continue;
        const cut = labelCut(candidate, labelsIn[r]!);
        if (cut < fewest || (cut === fewest && labelEdges[r]! < labelEdges[row]!)) [row, fewest] = [r, cut];
      }
      // A key moment's label outranks one more mark in a crowded lane: that mark joins the
      // count badge (a zoom away) rather than cut the label to a stub.
      if (fewest >= KEY_LABEL_GUARD) row = -1;
    }
    if (row === -1) {
      overflow.push(candidate);
      continue;
    }
    rightEdges[row] = candidate.right;
    labelEdges[row] = candidate.right + labelRoom(candidate.event);
    placed.push({ candidate, row });
  }
  return { placed, overflow, rows };
}
