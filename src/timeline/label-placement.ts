import type { TimelineEvent } from '../data/timeline-event.ts';
import { BoxIndex } from './box-index.ts';
import { compareLabelPriority, labelTextOf } from './label-priority.ts';
import type { ClusterMark, LabelOptions, LabelSide, PlacedLabel, PlacedMark } from './layout-types.ts';

export type { LabelOptions, LabelSide, PlacedLabel } from './layout-types.ts';

/**
 * Which marks carry a text label, and where: a pure function of the placed marks, shared by the
 * SVG marks, the canvas and the exports. Labels go in priority order (label-priority.ts), each
 * to the first place where it covers no mark, no cluster badge and no label already placed:
 * inside a span wide enough, after the mark, before it, or else cut with an ellipsis to the room
 * there is. A label that still does not fit is left out; its mark keeps its tooltip and name.
 */
interface Item {
  readonly key: string;
  readonly target: 'mark' | 'cluster';
  readonly event: TimelineEvent;
  readonly pinned: boolean;
  readonly y: number;
  /** The mark's own extent: labels go beside it. */
  readonly left: number;
  readonly right: number;
  /** Room inside (a span's visible part), 0 for points. */
  readonly inside: number;
}

const ELLIPSIS = '…';

/** The longest start of `text` that, with an ellipsis, fits `room`; undefined when none does. */
export function fitText(text: string, room: number, measure: (text: string) => number): { text: string; width: number } | undefined {
  const full = measure(text);
  if (full <= room) return { text, width: full };
  const chars = [...text];
  let low = 1;
  let high = chars.length - 1;
  let best: { text: string; width: number } | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const cut = `${chars.slice(0, middle).join('').trimEnd()}${ELLIPSIS}`;
    const width = measure(cut);
    if (width <= room) {
      best = { text: cut, width };
      low = middle + 1;
    } else high = middle - 1;
  }
  return best;
}

const circle = (mark: PlacedMark) => ({ halfWidth: mark.radius, above: mark.radius, below: mark.radius });

function itemsOf(marks: readonly PlacedMark[], clusters: readonly ClusterMark[], pinned: ReadonlySet<string>, options: LabelOptions, width: number) {
  const { spanHeight, clusterRadius, extentOf = circle } = options;
  const obstacles = new BoxIndex();
  const items: Item[] = [];
  for (const mark of marks) {
    const span = mark.kind === 'span';
    const extent = span ? { halfWidth: 0, above: spanHeight / 2, below: spanHeight / 2 } : extentOf(mark);
    const left = span ? mark.x : mark.x - extent.halfWidth;
    const right = span ? mark.x + mark.width : mark.x + extent.halfWidth;
    obstacles.add({ x0: left, y0: mark.y - extent.above, x1: right, y1: mark.y + extent.below, owner: mark.event.id });
    const inside = span ? Math.min(right, width) - Math.max(left, 0) : 0;
    items.push({ key: mark.event.id, target: 'mark', event: mark.event, pinned: pinned.has(mark.event.id), y: mark.y, left, right, inside });
  }
  for (const cluster of clusters) {
    const left = cluster.x - clusterRadius;
    const right = cluster.x + clusterRadius;
    obstacles.add({ x0: left, y0: cluster.y - clusterRadius, x1: right, y1: cluster.y + clusterRadius, owner: cluster.key });
    items.push({ key: cluster.key, target: 'cluster', event: cluster.lead, pinned: false, y: cluster.y, left, right, inside: 0 });
  }
  return { obstacles, items };
}

const byPriority = (a: Item, b: Item) => Number(b.pinned) - Number(a.pinned) || compareLabelPriority(a.event, b.event);

export function placeLabels(
  marks: readonly PlacedMark[],
  clusters: readonly ClusterMark[],
  width: number,
  pinned: ReadonlySet<string>,
  options: LabelOptions,
): PlacedLabel[] {
  const { measure, lineHeight, gap, minWidth, keep } = options;
  const { obstacles, items } = itemsOf(marks, clusters, pinned, options, width);
  const candidates = keep ? items.filter((item) => keep.has(item.key)) : items;
  candidates.sort(byPriority);
  const labels: PlacedLabel[] = [];
  const half = lineHeight / 2;
  for (const item of candidates) {
    const text = labelTextOf(item.event);
    const textWidth = measure(text);
    const y0 = item.y - half;
    const y1 = item.y + half;
    const free = (x0: number, x1: number) => x0 >= 0 && x1 <= width && !obstacles.hits(x0, y0, x1, y1, item.key);
    const place = (side: LabelSide, x: number, shown: string, shownWidth: number) => {
      labels.push({ key: item.key, target: item.target, eventId: item.event.id, text: shown, strong: item.target === 'mark' && !!item.event.key, side, x, y: item.y, width: shownWidth });
      obstacles.add({ x0: x, y0, x1: x + shownWidth, y1, owner: `label:${item.key}` });
    };
    const after = item.right + gap;
    const before = item.left - gap - textWidth;
    const insideX = Math.max(item.left, 0) + gap;
    const sides: LabelSide[] = keep ? [keep.get(item.key)!] : ['inside', 'after', 'before'];
    const whole = sides.find((side) =>
      side === 'inside' ? item.inside >= textWidth + 2 * gap && free(insideX, insideX + textWidth) : side === 'after' ? free(after, after + textWidth) : free(before, before + textWidth),
    );
    if (whole) {
      place(whole, whole === 'inside' ? insideX : whole === 'after' ? after : before, text, textWidth);
      continue;
    }
    // No room for the whole text: cut it to the wider of the runs after and before the mark.
    const roomAfter = sides.includes('after') ? obstacles.freeRun(after, y0, y1, width, item.key, 1) - after : 0;
    const beforeEnd = item.left - gap;
    const roomBefore = sides.includes('before') ? beforeEnd - obstacles.freeRun(beforeEnd, y0, y1, 0, item.key, -1) : 0;
    const roomInside = sides.includes('inside') ? item.inside - 2 * gap : 0;
    const room = Math.max(roomAfter, roomBefore, roomInside);
    // The selection and key moments keep a shorter cut rather than none.
    const shortest = Math.min(item.pinned || item.event.key ? minWidth / 2 : minWidth, textWidth);
    if (room < shortest) continue;
    const cut = fitText(text, room, measure);
    if (!cut || cut.width < shortest) continue;
    if (room === roomInside && roomInside > 0 && free(insideX, insideX + cut.width)) place('inside', insideX, cut.text, cut.width);
    else if (room === roomAfter) place('after', after, cut.text, cut.width);
    else place('before', beforeEnd - cut.width, cut.text, cut.width);
  }
  return labels;
}
