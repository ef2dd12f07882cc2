import type { TimelineEvent } from '../../data/timeline-event.ts';
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
  const cutAt = (count: number) => {
    const cut = `${chars.slice(0, count).join('').trimEnd()}${ELLIPSIS}`;
    return { text: cut, width: measure(cut) };
  };
  // Start from the share of the text the room holds, then step: two or three measures, not a
  // binary search's six (each is a canvas measureText on the first draw).
  let count = Math.max(1, Math.min(chars.length - 1, Math.floor((chars.length * room) / full)));
  let best = cutAt(count);
  while (best.width > room && count > 1) best = cutAt(--count);
  if (best.width > room) return undefined;
  while (count + 1 < chars.length) {
    const next = cutAt(count + 1);
    if (next.width > room) break;
    [best, count] = [next, count + 1];
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
  const estimate = options.estimate ?? measure;
  const { obstacles, items } = itemsOf(marks, clusters, pinned, options, width);
  const candidates = keep ? items.filter((item) => keep.has(item.key)) : items;
  candidates.sort(byPriority);
  const labels: PlacedLabel[] = [];
  const half = lineHeight / 2;
  for (const item of candidates) {
    const y0 = item.y - half;
    const y1 = item.y + half;
    const sides: readonly LabelSide[] = keep ? [keep.get(item.key)!] : ['inside', 'after', 'before'];
    // The free runs beside the mark, from the index alone: a label with no room is passed over
    // before its text is measured (most of them, in a crowded view).
    const after = item.right + gap;
    const beforeEnd = item.left - gap;
    const insideX = Math.max(item.left, 0) + gap;
    // A mark cut at the plot's left edge still has its label start inside the plot.
    const roomAfter = sides.includes('after') && after >= 0 ? obstacles.freeRun(after, y0, y1, width, item.key, 1) - after : 0;
    const roomBefore = sides.includes('before') ? beforeEnd - obstacles.freeRun(beforeEnd, y0, y1, 0, item.key, -1) : 0;
    const roomInside = sides.includes('inside') && item.inside > 0 ? Math.min(item.inside - 2 * gap, obstacles.freeRun(insideX, y0, y1, width, item.key, 1) - insideX) : 0;
    const room = Math.max(roomAfter, roomBefore, roomInside);
    // The selection and key moments keep a shorter cut rather than none.
    const shortest = item.pinned || item.event.key ? minWidth / 2 : minWidth;
    const text = labelTextOf(item.event);
    if (room < Math.min(shortest, estimate(text))) continue;
    const textWidth = measure(text);
    const side = sides.find((candidate) => textWidth <= (candidate === 'inside' ? roomInside : candidate === 'after' ? roomAfter : roomBefore));
    const shown = side ? { text, width: textWidth } : room >= Math.min(shortest, textWidth) ? fitText(text, room, measure) : undefined;
    if (!shown || shown.width < Math.min(shortest, textWidth)) continue;
    // Whole on the first side with room, else cut into the widest run.
    const placedSide = side ?? (room === roomInside ? 'inside' : room === roomAfter ? 'after' : 'before');
    const x = placedSide === 'inside' ? insideX : placedSide === 'after' ? after : beforeEnd - shown.width;
    labels.push({ key: item.key, target: item.target, eventId: item.event.id, text: shown.text, strong: item.target === 'mark' && !!item.event.key, side: placedSide, x, y: item.y, width: shown.width });
    obstacles.add({ x0: x, y0, x1: x + shown.width, y1, owner: `label:${item.key}` });
  }
  return labels;
}
