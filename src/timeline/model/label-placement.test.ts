import { mirrorLayout } from './mirror-layout.ts';
import { readFileSync } from 'node:fs';
import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../data/parse-dataset.ts';
import type { TimelineEvent } from '../../data/timeline-event.ts';
import { seededRandom } from '../../testing/seeded-random.ts';
import { fitText, placeLabels } from './label-placement.ts';
import { compareLabelPriority, leadEvent } from './label-priority.ts';
import { layoutTimeline } from './lane-layout.ts';
import type { ClusterMark, LabelOptions, PlacedLabel, PlacedMark, TimelineLayout } from './layout-types.ts';
import { estimateTextWidth } from './text-measure.ts';
import { shapeExtent, shapeForIndex } from '../../ui/mark-shape.tsx';

/** 5 px a character: widths are easy to reason about. */
const measure = (text: string) => [...text].length * 5;
const OPTIONS: LabelOptions = { measure, lineHeight: 12, gap: 4, minWidth: 30, spanHeight: 10, clusterRadius: 9 };

function event(id: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return { id, title: `Title of ${id}`, summary: '', category: 'c', approximate: false, actors: [], sources: [], tags: [], start: 0, stop: 1, ...extra } as TimelineEvent;
}

function point(id: string, x: number, y = 50, extra: Partial<TimelineEvent> = {}): PlacedMark {
  return { event: event(id, extra), kind: 'point', x, width: 0, periodX0: x, periodX1: x, y, row: 0, radius: 5, color: '#000000' };
}

const byKey = (labels: readonly PlacedLabel[]) => Object.fromEntries(labels.map((label) => [label.key, label]));

type Box = { x0: number; x1: number; y0: number; y1: number };
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const labelBox = (label: PlacedLabel, lineHeight: number): Box => ({ x0: label.x, x1: label.x + label.width, y0: label.y - lineHeight / 2, y1: label.y + lineHeight / 2 });
/** A point's box: its circle, or the shape it is drawn as where the options say (as the app's layout does). */
const markBox = (mark: PlacedMark, options: LabelOptions): Box => {
  if (mark.kind === 'span') return { x0: mark.x, x1: mark.x + mark.width, y0: mark.y - options.spanHeight / 2, y1: mark.y + options.spanHeight / 2 };
  const { halfWidth, above, below } = options.extentOf?.(mark) ?? { halfWidth: mark.radius, above: mark.radius, below: mark.radius };
  return { x0: mark.x - halfWidth, x1: mark.x + halfWidth, y0: mark.y - above, y1: mark.y + below };
};

/** The two promises of the placement: no label on another label, none on a mark or badge but its own. */
function expectClear(layout: Pick<TimelineLayout, 'marks' | 'clusters' | 'labels'>, options: LabelOptions, width: number) {
  const boxes = layout.labels.map((label) => labelBox(label, options.lineHeight));
  boxes.forEach((box, i) => {
    const label = layout.labels[i]!;
    expect(box.x0, label.key).toBeGreaterThanOrEqual(0);
    expect(box.x1, label.key).toBeLessThanOrEqual(width + 0.001);
    for (let j = i + 1; j < boxes.length; j++) expect(overlaps(box, boxes[j]!), `${label.key} on ${layout.labels[j]!.key}`).toBe(false);
    for (const mark of layout.marks) {
      if (mark.event.id !== label.key) expect(overlaps(box, markBox(mark, options)), `${label.key} on mark ${mark.event.id}`).toBe(false);
    }
    for (const cluster of layout.clusters) {
      const r = options.clusterRadius;
      if (cluster.key !== label.key) expect(overlaps(box, { x0: cluster.x - r, x1: cluster.x + r, y0: cluster.y - r, y1: cluster.y + r })).toBe(false);
    }
  });
}

describe('fitText', () => {
  it('keeps a text that fits, and cuts one that does not at a character, with an ellipsis', () => {
    expect(fitText('Abu Taqwa', 100, measure)).toEqual({ text: 'Abu Taqwa', width: 45 });
    expect(fitText('Abu Taqwa killed', 30, measure)).toEqual({ text: 'Abu T…', width: 30 });
    expect(fitText('Abu Taqwa killed', 24, measure)).toEqual({ text: 'Abu…', width: 20 });
    expect(fitText('Abu Taqwa killed', 4, measure)).toBeUndefined();
  });
});

describe('placeLabels', () => {
  it('puts a label after its mark, in the short label else the title', () => {
    const labels = placeLabels([point('a', 10, 50, { label: 'Short' }), point('b', 200)], [], 1000, new Set(), OPTIONS);
    expect(byKey(labels).a).toMatchObject({ text: 'Short', side: 'after', x: 19, y: 50, width: 25 });
    expect(byKey(labels).b).toMatchObject({ text: 'Title of b', side: 'after', x: 209 });
  });

  it('goes before the mark at the right edge, and cuts to the room there is', () => {
    const labels = placeLabels([point('a', 990)], [], 1000, new Set(), OPTIONS);
    expect(byKey(labels).a).toMatchObject({ side: 'before', x: 990 - 5 - 4 - 50 });
    const squeezed = placeLabels([point('a', 10), point('b', 70)], [], 75, new Set(), OPTIONS);
    // a: 46 px before b's mark; b: cut too, since a's label already holds the room before it.
    expect(byKey(squeezed).a).toMatchObject({ side: 'after', text: 'Title of…', width: 45 });
    expect(byKey(squeezed).b).toBeUndefined();
  });

  // Two marks 120 px apart on a 150 px plot: the room between them holds one label, not two.
  const rivals = (first: Partial<TimelineEvent>, second: Partial<TimelineEvent>, pinned: string[] = []) =>
    Object.keys(byKey(placeLabels([point('one', 20, 50, first), point('two', 140, 50, second)], [], 150, new Set(pinned), { ...OPTIONS, minWidth: 60 })));

  it('gives the room to the key event, then the one with more reported harm, then the earlier one', () => {
    expect(rivals({ start: 1 }, { start: 2 })).toEqual(['one']);
    expect(rivals({ start: 1 }, { start: 2, key: true })).toEqual(['two']);
    expect(rivals({ start: 1 }, { start: 2, casualties: { killed: 2 } })).toEqual(['two']);
    expect(rivals({ start: 1, key: true }, { start: 2, casualties: { killed: 2 } })).toEqual(['one']);
  });

  it('places the pinned (selected) event before everything else; a key event keeps a shorter cut', () => {
    const marks = [point('one', 20, 50, { start: 1, key: true }), point('two', 140, 50, { start: 2 })];
    const labels = byKey(placeLabels(marks, [], 150, new Set(['two']), { ...OPTIONS, minWidth: 60 }));
    expect(labels.two).toMatchObject({ text: 'Title of two', side: 'before' });
    expect(labels.one).toMatchObject({ text: 'Title o…', side: 'after' });
  });

  it("puts a span's label inside its bar when the bar is wide enough", () => {
    const span: PlacedMark = { ...point('truce', 100), kind: 'span', width: 200, event: event('truce', { label: 'Truce' }) };
    expect(byKey(placeLabels([span], [], 1000, new Set(), OPTIONS)).truce).toMatchObject({ side: 'inside', x: 104 });
    const narrow: PlacedMark = { ...span, width: 20 };
    expect(byKey(placeLabels([narrow], [], 1000, new Set(), OPTIONS)).truce).toMatchObject({ side: 'after', x: 124 });
  });

  it('names a cluster badge by its most important event', () => {
    const lead = event('big', { label: 'The big one', key: true });
    const cluster: ClusterMark = { key: 'c:x', category: 'c', x: 100, y: 60, eventIds: ['small', 'big'], lead, from: 0, to: 1, color: '#000000' };
    expect(byKey(placeLabels([], [cluster], 1000, new Set(), OPTIONS))['c:x']).toMatchObject({ target: 'cluster', eventId: 'big', text: 'The big one', x: 113 });
    expect(leadEvent([event('small'), lead])).toBe(lead);
  });

  it('during a gesture keeps only the labels it had, on their sides, cut where their room shrank', () => {
    const keep = new Map([['a', 'before' as const]]);
    const labels = placeLabels([point('a', 500), point('b', 700)], [], 1000, new Set(), { ...OPTIONS, keep });
    expect(labels.map((label) => [label.key, label.side])).toEqual([['a', 'before']]);
    const squeezed = placeLabels([point('a', 60), point('b', 30)], [], 1000, new Set(), { ...OPTIONS, keep });
    expect(squeezed).toEqual([]);
  });

  it('never puts a label on another label or on a mark or badge (200 random lanes)', () => {
    const random = seededRandom(12);
    for (let round = 0; round < 200; round++) {
      const marks = Array.from({ length: 5 + Math.floor(random() * 40) }, (_, i) =>
        point(`e${i}`, random() * 600, 20 + Math.floor(random() * 4) * 15, { key: random() < 0.1, title: 'x'.repeat(1 + Math.floor(random() * 40)) }),
      );
      const clusters: ClusterMark[] = [{ key: 'k', category: 'c', x: random() * 600, y: 80, eventIds: ['e0'], lead: marks[0]!.event, from: 0, to: 1, color: '#000' }];
      const labels = placeLabels(marks, clusters, 600, new Set(), OPTIONS);
      expectClear({ marks, clusters, labels }, OPTIONS, 600);
    }
  });

  it('does not change the marks it is given', () => {
    const marks = Object.freeze([Object.freeze(point('a', 10)), Object.freeze(point('b', 40))]);
    const before = JSON.stringify(marks);
    placeLabels(marks, [], 100, new Set(), OPTIONS);
    expect(JSON.stringify(marks)).toBe(before);
  });
});

const deepFreezeLayout = <T,>(value: T): T => Object.freeze(value);

describe('labels on the default dataset, placed by layoutTimeline', () => {
  const { dataset } = parseDataset(JSON.parse(readFileSync(new URL('../../../data/events.json', import.meta.url), 'utf8')));
  const events = dataset.events;
  const first = events[0]!.start;
  const last = Math.max(...events.map((e) => e.stop));
  // As the app lays it out (use-timeline-model.ts): desktop and phone.
  // Each lane's shape, as the layout keeps labels off it (a square is narrower than its circle).
  const shapes = new Map(dataset.categories.map((category, index) => [category.id, shapeForIndex(index)]));
  const extentOf = (mark: PlacedMark) => shapeExtent(shapes.get(mark.event.category) ?? 'circle', mark.radius);
  const layoutAt = (width: number, fontSize: number, rows: number, rowHeight: number, markRadius: number, to = last) => {
    const options: LabelOptions = { measure: estimateTextWidth(fontSize), lineHeight: Math.ceil(fontSize * 1.2), gap: 4, minWidth: fontSize * 7, spanHeight: 10, clusterRadius: 9, extentOf };
    const scale = scaleUtc().domain([first - 3 * 864e5, to + 3 * 864e5]).range([0, width]);
    const layout = layoutTimeline(events, dataset.categories, scale, { width, top: 30, rowHeight, rowsPerLane: rows, lanePadding: 4, labelHeight: 13, markRadius, labels: options });
    return { layout, options };
  };

  it('labels every key event and at least 20 in all at desktop width, with nothing overlapping', () => {
    const { layout, options } = layoutAt(915, 11, 4, 18, 6.5);
    const labelled = new Set(layout.labels.map((label) => label.eventId));
    expect(layout.labels.length).toBeGreaterThanOrEqual(20);
    for (const event of events.filter((e) => e.key)) expect(labelled, event.id).toContain(event.id);
    expectClear(layout, options, 915);
  });

  it('mirrored for right to left: still clear, later events to the left, "after" labels left of their marks', () => {
    const { layout, options } = layoutAt(915, 11, 4, 18, 6.5);
    const mirrored = mirrorLayout(deepFreezeLayout(layout), 915);
    expectClear(mirrored, options, 915);
    const x = new Map(mirrored.marks.map((mark) => [mark.event.id, mark]));
    const [earlier, later] = [...mirrored.marks].filter((mark) => mark.kind === 'point').sort((a, b) => a.event.start - b.event.start);
    expect(x.get(later!.event.id)!.x).toBeLessThanOrEqual(x.get(earlier!.event.id)!.x);
    for (const label of mirrored.labels.filter((l) => l.side === 'after' && l.target === 'mark')) {
      const mark = x.get(label.key)!;
      expect(label.x + label.width, label.key).toBeLessThanOrEqual(mark.x + mark.width);
    }
  });

  // On a phone the whole dataset (Oct 2023 – Dec 2024) is 15 months in 318 px: the weeks of the
  // first attacks and of Jan–Feb 2024 hold more marks than a lane has rows, and a key label
  // keeps its room there (other marks join a count badge). Zoomed to the 2023–24 core too.
  const coreEnd = Date.UTC(2024, 1, 9);
  it('labels every key event at phone width, over the whole dataset and zoomed to the 2023–24 core', () => {
    const whole = layoutAt(318, 10, 5, 16, 5.5);
    const labelled = new Set(whole.layout.labels.map((label) => label.eventId));
    for (const event of events.filter((e) => e.key)) expect(labelled, event.id).toContain(event.id);
    expectClear(whole.layout, whole.options, 318);
    const core = layoutAt(318, 10, 5, 16, 5.5, coreEnd);
    const inCore = new Set(core.layout.labels.map((label) => label.eventId));
    const coreKeys = events.filter((e) => e.key && e.start < coreEnd);
    expect(coreKeys.length).toBeGreaterThanOrEqual(8);
    for (const event of coreKeys) expect(inCore, event.id).toContain(event.id);
    expectClear(core.layout, core.options, 318);
  });

  it('orders by key, then reported harm, then time', () => {
    const sorted = [...events].sort(compareLabelPriority);
    const keys = events.filter((e) => e.key).length;
    expect(sorted.slice(0, keys).every((e) => e.key)).toBe(true);
    expect(sorted.slice(keys).every((e) => !e.key)).toBe(true);
  });
});
