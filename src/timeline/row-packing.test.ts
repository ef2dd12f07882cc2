import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import type { Category, TimelineEvent } from '../data/timeline-event.ts';
import type { LaneBand, LayoutOptions } from './lane-layout.ts';
import { MARK_GAP, packLane, toCandidate, type Candidate } from './row-packing.ts';
import { seededRandom as prng } from '../testing/seeded-random.ts';

/**
 * packLane keeps only each row's right edge. This checks it against the straightforward
 * version it replaced (compare with every interval already in the row, O(n²)): same rows, same
 * clusters, on random lanes with spans and pinned events.
 */
const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2024, 0, 1);
const CATEGORY: Category = { id: 'c', label: 'C', color: '#123456' };
const BAND: LaneBand = { category: CATEGORY, y: 40, height: 80 };
const OPTIONS: LayoutOptions = { width: 1000, top: 0, rowHeight: 14, rowsPerLane: 3, lanePadding: 5, labelHeight: 12, markRadius: 5 };

function randomLane(random: () => number, count: number): TimelineEvent[] {
  return Array.from({ length: count }, (_, index) => {
    const start = T0 + Math.floor(random() * 31) * DAY;
    const span = random() < 0.15;
    const stop = start + (span ? (1 + Math.floor(random() * 5)) * DAY : DAY);
    const date = { text: '', precision: 'day' as const, start, end: start + DAY, offsetMinutes: null };
    return {
      id: `e${index}`, title: '', summary: '', category: 'c', date, approximate: false, actors: [], sources: [], tags: [], start, stop,
      end: span ? { ...date, start: stop - DAY, end: stop } : undefined,
    };
  });
}

/** The previous packing, kept here as the reference: every row lists its intervals. */
function referenceRows(candidates: readonly Candidate[], rowsPerLane: number, pinned: ReadonlySet<string>) {
  const order = [...candidates].sort((a, b) => Number(pinned.has(b.event.id)) - Number(pinned.has(a.event.id)) || a.left - b.left);
  const rows: Array<Array<[number, number]>> = Array.from({ length: rowsPerLane }, () => []);
  const placed = new Map<string, number>();
  const overflow: string[] = [];
  for (const candidate of order) {
    const row = rows.findIndex((occupied) =>
      occupied.every(([left, right]) => candidate.right + MARK_GAP <= left || candidate.left - MARK_GAP >= right),
    );
    if (row === -1) overflow.push(candidate.event.id);
    else {
      rows[row]!.push([candidate.left, candidate.right]);
      placed.set(candidate.event.id, row);
    }
  }
  return { placed, overflow };
}

describe('packLane', () => {
  it('places the same marks in the same rows as the O(n²) packing (100 random lanes)', () => {
    const random = prng(2024);
    const scale = scaleUtc().domain([T0, T0 + 31 * DAY]).range([0, OPTIONS.width]);
    const x = (time: number) => scale(time);
    for (let round = 0; round < 100; round++) {
      const events = randomLane(random, 10 + Math.floor(random() * 150));
      const candidates = events.map((event) => toCandidate(event, x, OPTIONS.markRadius));
      const pinned = new Set(events.filter(() => random() < 0.03).map((event) => event.id));
      const rowsPerLane = 1 + Math.floor(random() * 3);
      const result = packLane(candidates, CATEGORY, BAND, { ...OPTIONS, rowsPerLane }, x, pinned);
      const expected = referenceRows(candidates, rowsPerLane, pinned);
      const rowOf = (y: number) => Math.round((y - BAND.y - OPTIONS.labelHeight - OPTIONS.lanePadding) / OPTIONS.rowHeight - 0.5);
      expect(new Map(result.marks.map((mark) => [mark.event.id, rowOf(mark.y)]))).toEqual(expected.placed);
      expect(result.clusters.flatMap((cluster) => cluster.eventIds).sort()).toEqual([...expected.overflow].sort());
    }
  });

  it('does not change the candidates it is given', () => {
    const scale = scaleUtc().domain([T0, T0 + 31 * DAY]).range([0, OPTIONS.width]);
    const x = (time: number) => scale(time);
    const candidates = Object.freeze(randomLane(prng(5), 40).map((event) => Object.freeze(toCandidate(event, x, 5))));
    const before = JSON.stringify(candidates);
    packLane(candidates, CATEGORY, BAND, OPTIONS, x, new Set(['e3']));
    expect(JSON.stringify(candidates)).toBe(before);
  });
});
