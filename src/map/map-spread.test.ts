import { describe, expect, it } from 'vitest';
import { spreadPoints } from './map-spread.ts';

describe('spreadPoints', () => {
  it('leaves points that do not overlap where they are', () => {
    const input = [{ x: 10, y: 10, radius: 5 }, { x: 40, y: 10, radius: 5 }];
    expect(spreadPoints(input, 100, 100)).toEqual([{ x: 10, y: 10 }, { x: 40, y: 10 }]);
  });

  it('fans overlapping points out on a ring around their spot, apart from each other', () => {
    const input = Array.from({ length: 8 }, () => ({ x: 50, y: 50, radius: 5 }));
    const out = spreadPoints(input, 200, 200);
    const distances = out.map((p) => Math.hypot(p.x - 50, p.y - 50));
    for (const d of distances) expect(d).toBeCloseTo(distances[0]!, 6);
    for (let i = 0; i < out.length; i += 1) {
      const next = out[(i + 1) % out.length]!;
      expect(Math.hypot(out[i]!.x - next.x, out[i]!.y - next.y)).toBeGreaterThanOrEqual(10);
    }
  });

  it('fans out each layer on its own: a hollow area mark does not push the dots inside it', () => {
    const input = [
      { x: 50, y: 50, radius: 12, layer: 'area' },
      { x: 50, y: 50, radius: 5, layer: 'point' },
    ];
    expect(spreadPoints(input, 200, 200)).toEqual([{ x: 50, y: 50 }, { x: 50, y: 50 }]);
  });

  it('makes the ring just long enough for its members', () => {
    const out = spreadPoints(Array.from({ length: 20 }, () => ({ x: 100, y: 100, radius: 5 })), 400, 400);
    const ring = Math.hypot(out[0]!.x - 100, out[0]!.y - 100);
    expect(ring).toBeCloseTo((20 * 12) / (2 * Math.PI), 6);
  });

  it('keeps a fanned point inside the frame at the edge', () => {
    const input = Array.from({ length: 6 }, () => ({ x: 5, y: 5, radius: 5 }));
    for (const p of spreadPoints(input, 100, 100)) {
      expect(p.x).toBeGreaterThanOrEqual(5);
      expect(p.y).toBeGreaterThanOrEqual(5);
    }
  });

  it('does not change its input', () => {
    const input = [{ x: 5, y: 5, radius: 5 }, { x: 5, y: 5, radius: 5 }];
    spreadPoints(input, 100, 100);
    expect(input).toEqual([{ x: 5, y: 5, radius: 5 }, { x: 5, y: 5, radius: 5 }]);
  });
});
