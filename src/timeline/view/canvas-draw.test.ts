import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../data/timeline-event.ts';
import { drawTimeline, type DrawOptions } from './canvas-draw.ts';
import type { PlacedLabel, PlacedMark, TimelineLayout } from '../model/layout-types.ts';

/** A 2D context that records the text it is asked to draw, and ignores everything else. */
function recordingContext() {
  const texts: Array<{ text: string; x: number; y: number; font: string; align: string }> = [];
  const state = { font: '', textAlign: 'start' };
  const context = new Proxy(state as unknown as CanvasRenderingContext2D, {
    get(target, property) {
      if (property === 'fillText') return (text: string, x: number, y: number) => texts.push({ text, x, y, font: state.font, align: state.textAlign });
      if (property in target) return (target as unknown as Record<string | symbol, unknown>)[property];
      return () => undefined;
    },
    set(target, property, value) {
      (target as unknown as Record<string | symbol, unknown>)[property] = value;
      return true;
    },
  });
  return { context, texts };
}

const point = (id: string, x: number, key = false): PlacedMark => ({
  event: { id, key, category: 'c', approximate: false, date: { precision: 'day' } } as TimelineEvent,
  kind: 'point', x, width: 0, periodX0: x, periodX1: x, y: 40, row: 0, radius: 6, color: '#123456',
});
const label = (key: string, x: number, side: PlacedLabel['side'], strong = false): PlacedLabel => ({ key, target: 'mark', eventId: key, text: `Label ${key}`, strong, side, x, y: 40, width: 50 });

const OPTIONS = {
  width: 400, height: 100, pixelRatio: 1, radius: 6, labelFont: 11,
  theme: { surface: '#fff', text: '#111', textMuted: '#666' }, shapeIndex: new Map(), skip: new Set<string>(),
} satisfies Partial<DrawOptions>;

describe('drawTimeline', () => {
  it('paints the labels of the layout where they were placed, key labels heavier, and skips the marks drawn as SVG', () => {
    globalThis.Path2D ??= class {} as unknown as typeof Path2D;
    const layout: TimelineLayout = {
      lanes: [], clusters: [], bins: [], height: 100,
      marks: [point('a', 20, true), point('b', 200), point('c', 300)],
      labels: [label('a', 30, 'after', true), label('b', 140, 'before'), label('c', 310, 'after')],
    };
    const { context, texts } = recordingContext();
    drawTimeline(context, layout, { ...OPTIONS, skip: new Set(['c']) });
    expect(texts).toEqual([
      { text: 'Label a', x: 30, y: 40, font: expect.stringMatching(/^600 11px /), align: 'left' },
      // A label before its mark is right-aligned at the mark's side.
      { text: 'Label b', x: 190, y: 40, font: expect.stringMatching(/^500 11px /), align: 'right' },
    ]);
  });
});
