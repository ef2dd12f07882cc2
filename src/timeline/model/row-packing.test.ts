import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../data/timeline-event.ts';
import { KEY_MARK_SCALE } from './layout-types.ts';
import { MARK_GAP, packLane, toCandidate, type Candidate, type PackOptions } from './row-packing.ts';
import { seededRandom as prng } from '../../testing/seeded-random.ts';

/**
 * packLane keeps only each row's right edge. Without labels and with a fixed row count, it
 * must match the straightforward packing (compare with every interval already in the row,
 * O(n²)): same rows, same clusters, on random lanes with spans and pinned events.
 */
const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2024, 0, 1);
const OPTIONS = { width: 1000, markRadius: 5 };
const NO_LABELS = () => 0;
const pack = (candidates: readonly Candidate[], options: Partial<PackOptions> = {}) =>
  packLane(candidates, { maxRows: 3, pinned: new Set(), labelRoom: NO_LABELS, ...options });

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
      const result = pack(candidates, { maxRows: rowsPerLane, fixedRows: rowsPerLane, pinned });
      const expected = referenceRows(candidates, rowsPerLane, pinned);
      expect(new Map(result.placed.map(({ candidate, row }) => [candidate.event.id, row]))).toEqual(expected.placed);
      expect(result.overflow.map((candidate) => candidate.event.id).sort()).toEqual([...expected.overflow].sort());
    }
  });

  it('does not change the candidates it is given', () => {
    const scale = scaleUtc().domain([T0, T0 + 31 * DAY]).range([0, OPTIONS.width]);
    const x = (time: number) => scale(time);
    const candidates = Object.freeze(randomLane(prng(5), 40).map((event) => Object.freeze(toCandidate(event, x, 5))));
    const before = JSON.stringify(candidates);
    pack(candidates, { pinned: new Set(['e3']), labelRoom: () => 80 });
    expect(JSON.stringify(candidates)).toBe(before);
  });

  const at = (id: string, left: number, extra: Partial<TimelineEvent> = {}): Candidate => ({
    event: { id, key: false, ...extra } as TimelineEvent,
    left,
    right: left + 10,
    x: left + 5,
    kind: 'point',
    radius: 5,
  });
  const rowsOf = (result: ReturnType<typeof pack>) => Object.fromEntries(result.placed.map(({ candidate, row }) => [candidate.event.id, row]));

  it('opens only the rows a lane needs: a quiet lane is one row', () => {
    const result = pack([at('a', 0), at('b', 300), at('c', 600)], { labelRoom: () => 100 });
    expect(result.rows).toBe(1);
    expect(rowsOf(result)).toEqual({ a: 0, b: 0, c: 0 });
  });

  it("moves a mark to the next row when it would sit on the previous mark's label", () => {
    const result = pack([at('a', 0), at('b', 50), at('c', 130)], { labelRoom: () => 100 });
    expect(rowsOf(result)).toEqual({ a: 0, b: 1, c: 0 });
    expect(result.rows).toBe(2);
  });

  it('never opens more rows than allowed, and squeezes labels before making a badge', () => {
    const result = pack([at('a', 0), at('b', 20), at('c', 40), at('d', 60)], { maxRows: 2, labelRoom: () => 100 });
    expect(result.rows).toBe(2);
    expect(rowsOf(result)).toEqual({ a: 0, b: 1, c: 0, d: 1 });
    expect(result.overflow).toEqual([]);
  });

  it('keeps a fixed row count during a gesture, even for a quiet lane', () => {
    expect(pack([at('a', 0)], { fixedRows: 3 }).rows).toBe(3);
  });

  it('places key events first, with room for their labels', () => {
    // 'k' comes after 'a' in time, but its label is kept clear: 'a' moves to the next row.
    const result = pack([at('a', 40), at('k', 0, { key: true })], { labelRoom: () => 100 });
    expect(rowsOf(result)).toEqual({ k: 0, a: 1 });
  });

  it('draws key events larger', () => {
    const x = (time: number) => time;
    const event = randomLane(prng(1), 1)[0]!;
    expect(toCandidate({ ...event, key: true }, x, 5).radius).toBe(5 * KEY_MARK_SCALE);
    expect(toCandidate(event, x, 5).radius).toBe(5);
  });
});
