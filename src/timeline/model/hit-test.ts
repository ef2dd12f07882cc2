import { bisector } from 'd3-array';
import { quadtree, type Quadtree } from 'd3-quadtree';
import type { ClusterMark, DensityBin, LaneBand, PlacedMark, TimelineLayout } from './lane-layout.ts';
import type { PlacedLabel } from './layout-types.ts';

/**
 * What is under the pointer on the canvas, which has no elements to receive events: a spatial
 * index over the placed model, built once per layout, so each pointer move costs a few tree
 * steps rather than a scan of every mark. A finger is less precise than a mouse: callers pass
 * a larger slop for touch.
 */
export type Hit =
  | { readonly type: 'mark'; readonly mark: PlacedMark }
  | { readonly type: 'cluster'; readonly cluster: ClusterMark }
  | { readonly type: 'bin'; readonly bin: DensityBin };

export interface HitIndex {
  readonly points: Quadtree<PlacedMark>;
  readonly spans: readonly PlacedMark[];
  /** Labels by the mark or cluster they name: pointing at the words is pointing at the mark. */
  readonly labels: readonly { readonly label: PlacedLabel; readonly target: Hit }[];
  readonly labelHeight: number;
  readonly clusters: Quadtree<ClusterMark>;
  readonly lanes: readonly LaneBand[];
  /** Each dense lane's bins, left to right. */
  readonly bins: ReadonlyMap<string, readonly DensityBin[]>;
  readonly options: HitOptions;
}

export interface HitOptions {
  readonly markRadius: number;
  readonly clusterRadius: number;
  readonly spanHeight: number;
  /** Extra pixels around each target, so small marks are not fiddly to hit. */
  readonly slop: number;
  /** Height of a label's box (default 14). */
  readonly labelHeight?: number;
}

const byX = bisector<DensityBin, number>((bin) => bin.x);

export function createHitIndex(layout: TimelineLayout, options: HitOptions): HitIndex {
  const pointMarks = layout.marks.filter((mark) => mark.kind === 'point');
  const bins = new Map<string, DensityBin[]>();
  for (const bin of layout.bins) {
    const lane = bins.get(bin.category);
    if (lane) lane.push(bin);
    else bins.set(bin.category, [bin]);
  }
  for (const lane of bins.values()) lane.sort((a, b) => a.x - b.x);
  const markById = new Map(layout.marks.map((mark) => [mark.event.id, mark]));
  const clusterByKey = new Map(layout.clusters.map((cluster) => [cluster.key, cluster]));
  const labels = layout.labels.flatMap((label) => {
    const mark = label.target === 'mark' ? markById.get(label.key) : undefined;
    const cluster = label.target === 'cluster' ? clusterByKey.get(label.key) : undefined;
    const target: Hit | undefined = mark ? { type: 'mark', mark } : cluster ? { type: 'cluster', cluster } : undefined;
    return target ? [{ label, target }] : [];
  });
  return {
    labels,
    labelHeight: options.labelHeight ?? 14,
    points: quadtree<PlacedMark>()
      .x((mark) => mark.x)
      .y((mark) => mark.y)
      .addAll(pointMarks),
    spans: layout.marks.filter((mark) => mark.kind === 'span'),
    clusters: quadtree<ClusterMark>()
      .x((cluster) => cluster.x)
      .y((cluster) => cluster.y)
      .addAll([...layout.clusters]),
    lanes: layout.lanes,
    bins,
    options,
  };
}

/**
 * The target at (x, y), in the order they are drawn from the top: marks (the nearest point, or
 * a span under the pointer), then a label (its mark or cluster), then clusters, then the
 * density column of the lane under it.
 */
export function hitTest(index: HitIndex, x: number, y: number, slop = index.options.slop): Hit | undefined {
  const { markRadius, clusterRadius, spanHeight } = index.options;
  const point = index.points.find(x, y, markRadius + slop);
  if (point) return { type: 'mark', mark: point };
  const span = index.spans.find(
    (mark) => x >= mark.x - slop && x <= mark.x + mark.width + slop && Math.abs(y - mark.y) <= spanHeight / 2 + slop,
  );
  if (span) return { type: 'mark', mark: span };
  const half = index.labelHeight / 2;
  const label = index.labels.find(({ label }) => x >= label.x && x <= label.x + label.width && Math.abs(y - label.y) <= half);
  if (label) return label.target;
  const cluster = index.clusters.find(x, y, clusterRadius + slop);
  if (cluster) return { type: 'cluster', cluster };
  const lane = index.lanes.find((band) => y >= band.y && y < band.y + band.height);
  const bins = lane && index.bins.get(lane.category.id);
  if (!bins) return undefined;
  // The bin starting at or before x, or the next one when x falls just short of it.
  const at = byX.right(bins, x) - 1;
  for (const bin of [bins[at], bins[at + 1]]) {
    if (bin && x >= bin.x - slop && x < bin.x + bin.width + slop) return { type: 'bin', bin };
  }
  return undefined;
}
