import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../data/timeline-event.ts';
import type { TimelineLayout } from './layout-types.ts';
import { isRightToLeftText, labelAnchor, mirrorLayout, mirrorTicks } from './mirror-layout.ts';

const event = { id: 'a' } as TimelineEvent;
const base = { event, row: 0, y: 20, radius: 5, color: '#000' };
const layout: TimelineLayout = Object.freeze({
  lanes: [],
  marks: [
    { ...base, kind: 'point', x: 10, width: 0, periodX0: 5, periodX1: 40 },
    { ...base, event: { id: 'b' } as TimelineEvent, kind: 'span', x: 50, width: 30, periodX0: 50, periodX1: 80 },
  ],
  clusters: [],
  bins: [{ key: 'k', category: 'c', x: 90, width: 2, y: 0, height: 4, count: 3, intensity: 1, from: 0, to: 1, color: '#000' }],
  labels: [{ key: 'a', target: 'mark', eventId: 'a', text: 'A', strong: false, side: 'after', x: 18, y: 20, width: 20 }],
  height: 40,
} as TimelineLayout);

describe('mirrorLayout', () => {
  const mirrored = mirrorLayout(layout, 100);

  it('puts each box where its mirror image is: points at width − x, spans and bins by their far edge', () => {
    expect(mirrored.marks.map((mark) => [mark.x, mark.width, mark.periodX0, mark.periodX1])).toEqual([
      [90, 0, 60, 95],
      [20, 30, 20, 50],
    ]);
    expect(mirrored.bins[0]!.x).toBe(8);
    expect(mirrored.labels[0]).toMatchObject({ x: 62, width: 20, side: 'after' });
  });

  it('is its own inverse and leaves its input as it was', () => {
    expect(mirrorLayout(mirrored, 100)).toEqual(layout);
    expect(layout.marks[0]!.x).toBe(10);
  });

  it('mirrors the ticks', () => {
    expect(mirrorTicks([{ key: 1, x: 25, label: 'x', major: false }], 100)).toEqual([{ key: 1, x: 75, label: 'x', major: false }]);
  });
});

describe('labelAnchor', () => {
  const box = { x: 10, width: 40 };
  it('left to right: after a mark from the box’s left edge, before it ending at the right edge', () => {
    expect(labelAnchor({ ...box, side: 'after' }, false)).toEqual({ x: 10, anchorEnd: false, atRightEdge: false });
    expect(labelAnchor({ ...box, side: 'before' }, false)).toEqual({ x: 50, anchorEnd: true, atRightEdge: true });
  });
  it('right to left: after a mark (to its left) from the right edge, before it (to its right) from the left edge', () => {
    expect(labelAnchor({ ...box, side: 'after' }, true)).toEqual({ x: 50, anchorEnd: false, atRightEdge: true });
    expect(labelAnchor({ ...box, side: 'before' }, true)).toEqual({ x: 10, anchorEnd: true, atRightEdge: false });
    expect(labelAnchor({ ...box, side: 'inside' }, true)).toEqual({ x: 50, anchorEnd: false, atRightEdge: true });
  });
  it('an English label in the Arabic timeline ends at the mark too, by its own direction', () => {
    expect(labelAnchor({ ...box, side: 'after' }, true, false)).toEqual({ x: 50, anchorEnd: true, atRightEdge: true });
    expect(labelAnchor({ ...box, side: 'before' }, true, false)).toEqual({ x: 10, anchorEnd: false, atRightEdge: false });
  });
  it('reads a text’s direction from its first letter', () => {
    expect(isRightToLeftText('هجوم على قاعدة عين الأسد')).toBe(true);
    expect(isRightToLeftText('4 Jan: US strike kills أبو تقوى')).toBe(false);
    expect(isRightToLeftText('2024 — غارة')).toBe(true);
    expect(isRightToLeftText('123')).toBe(false);
  });
});
