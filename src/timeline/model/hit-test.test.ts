import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../data/timeline-event.ts';
import { createHitIndex, hitTest, type HitOptions } from './hit-test.ts';
import type { ClusterMark, DensityBin, LaneBand, PlacedMark, TimelineLayout } from './lane-layout.ts';

const OPTIONS: HitOptions = { markRadius: 6, clusterRadius: 9, spanHeight: 10, slop: 3 };
const LANES: LaneBand[] = [
  { category: { id: 'a', label: 'A', color: '#111111' }, y: 30, height: 70, rows: 3 },
  { category: { id: 'b', label: 'B', color: '#222222' }, y: 100, height: 70, rows: 3 },
];

function mark(id: string, x: number, y: number, kind: 'point' | 'span' = 'point', width = 0): PlacedMark {
  return { event: { id, category: 'a' } as TimelineEvent, kind, x, width, periodX0: x, periodX1: x, y, row: 0, radius: 6, color: '#111111' };
}
const cluster = (key: string, x: number, y: number): ClusterMark => ({ key, category: 'a', x, y, eventIds: ['p', 'q'], lead: { id: 'p' } as TimelineEvent, from: 0, to: 1, color: '#111111' });
const bin = (x: number, count: number): DensityBin => ({ key: `b:${x}`, category: 'b', x, width: 2, y: 150, height: 10, count, intensity: 1, from: x, to: x + 2, color: '#222222' });

function layoutWith(parts: Partial<TimelineLayout>): TimelineLayout {
  return { lanes: LANES, marks: [], clusters: [], bins: [], labels: [], height: 170, ...parts };
}

describe('hitTest', () => {
  const layout = layoutWith({
    marks: [mark('one', 100, 50), mark('two', 112, 50), mark('far', 400, 67), mark('span', 200, 84, 'span', 60)],
    clusters: [cluster('c1', 300, 95)],
    bins: [bin(10, 4), bin(12, 1), bin(40, 9)],
  });
  const index = createHitIndex(layout, OPTIONS);
  const idAt = (x: number, y: number) => {
    const hit = hitTest(index, x, y);
    return hit?.type === 'mark' ? hit.mark.event.id : hit?.type === 'cluster' ? hit.cluster.key : hit?.type === 'bin' ? hit.bin.key : undefined;
  };

  it('finds the nearest point mark within its radius and a little slop', () => {
    expect(idAt(100, 50)).toBe('one');
    expect(idAt(105, 52)).toBe('one');
    expect(idAt(107, 50)).toBe('two');
    expect(idAt(400 + 8, 67)).toBe('far');
    expect(idAt(400 + 10, 67)).toBeUndefined();
  });

  it('reaches further with a larger slop (touch)', () => {
    expect(idAt(400 + 12, 67)).toBeUndefined();
    const hit = hitTest(index, 400 + 12, 67, 9);
    expect(hit?.type === 'mark' && hit.mark.event.id).toBe('far');
  });

  it('finds a span anywhere along it, not only at its start', () => {
    expect(idAt(230, 84)).toBe('span');
    expect(idAt(258, 88)).toBe('span');
    expect(idAt(230, 84 + 12)).toBeUndefined();
  });

  it('finds a cluster badge', () => {
    expect(idAt(305, 97)).toBe('c1');
  });

  it('finds the density column under the pointer anywhere in its lane', () => {
    expect(idAt(11, 120)).toBe('b:10');
    expect(idAt(12.5, 165)).toBe('b:12');
    expect(idAt(41.9, 101)).toBe('b:40');
    expect(idAt(25, 120)).toBeUndefined();
    // The same x in the lane above has no bins.
    expect(idAt(11, 60)).toBeUndefined();
  });

  it('prefers a mark over a cluster or a column beneath it', () => {
    const stacked = layoutWith({ marks: [mark('top', 10, 120)], bins: [bin(10, 3)] });
    const hit = hitTest(createHitIndex(stacked, OPTIONS), 10, 120);
    expect(hit?.type).toBe('mark');
  });

  it('finds a mark or a cluster by its label: the words are part of the target', () => {
    const label = (key: string, target: 'mark' | 'cluster', x: number, y: number) =>
      ({ key, target, eventId: key, text: 'Words', strong: false, side: 'after', x, y, width: 60 }) as const;
    const labelled = layoutWith({
      marks: [mark('one', 100, 50)],
      clusters: [cluster('c1', 300, 95)],
      labels: [label('one', 'mark', 110, 50), label('c1', 'cluster', 313, 95)],
    });
    const at = (x: number, y: number) => hitTest(createHitIndex(labelled, { ...OPTIONS, labelHeight: 14 }), x, y, 0);
    expect(at(160, 52)).toMatchObject({ type: 'mark', mark: { event: { id: 'one' } } });
    expect(at(360, 95)).toMatchObject({ type: 'cluster', cluster: { key: 'c1' } });
    expect(at(175, 50)).toBeUndefined();
    expect(at(160, 60)).toBeUndefined();
  });

  it('finds nothing in an empty layout', () => {
    expect(hitTest(createHitIndex(layoutWith({}), OPTIONS), 10, 10)).toBeUndefined();
  });

  it('answers from an index over 20,000 marks', () => {
    const marks = Array.from({ length: 20_000 }, (_, i) => mark(`m${i}`, (i % 1000) * 15, 40 + Math.floor(i / 1000) * 20));
    const big = createHitIndex(layoutWith({ marks }), OPTIONS);
    const hit = hitTest(big, 15 * 321 + 2, 40 + 7 * 20 - 1);
    expect(hit?.type === 'mark' && hit.mark.event.id).toBe('m7321');
  });
});
