import { shapeForIndex, shapePath, type ShapeName } from '../../ui/mark-shape.tsx';
import type { PlacedMark, TimelineLayout } from '../model/lane-layout.ts';
import type { PlacedLabel } from '../model/layout-types.ts';
import { LABEL_FONT_FAMILY } from '../model/text-measure.ts';
import { CLUSTER_RADIUS, SPAN_HEIGHT } from '../model/timeline-layout-options.ts';
import { DISPUTED_DOT, markStyleOf, PALE_FILL_OPACITY } from '../model/mark-style.ts';
import { isRightToLeftText, labelAnchor } from '../model/mirror-layout.ts';

/**
 * Paints a TimelineLayout on a 2D canvas, mirroring what the SVG marks look like (app.css:
 * .mark-shape, .mark-span, .mark-whisker, .cluster). Reads the model only; everything is
 * cleared and painted again each call, so a frame never shows a stale mark.
 */
export interface CanvasTheme {
  readonly surface: string;
  readonly text: string;
  readonly textMuted: string;
}

export interface DrawOptions {
  readonly width: number;
  readonly height: number;
  readonly pixelRatio: number;
  readonly radius: number;
  /** Label text size, as the layout measured it (use-timeline-model.ts). */
  readonly labelFont: number;
  readonly theme: CanvasTheme;
  /** Category id → its position in the dataset's list, which picks the shape (mark-shape.tsx). */
  readonly shapeIndex: ReadonlyMap<string, number>;
  /** Marks drawn as SVG buttons over the canvas (the focusable one), so not painted here. */
  readonly skip: ReadonlySet<string>;
  readonly hoveredId?: string;
  readonly selectedId?: string;
  /** Right to left: the layout is mirrored, and labels anchor by their side (mirror-layout.ts). */
  readonly rtl?: boolean;
}

// Path2D parses the same path text the SVG marks use, once per shape and size.
const shapes = new Map<string, Path2D>();
function shapeFor(shape: ShapeName, radius: number): Path2D {
  const key = `${shape}:${radius}`;
  let path = shapes.get(key);
  if (!path) shapes.set(key, (path = new Path2D(shapePath(shape, radius))));
  return path;
}

const uncertain = (mark: PlacedMark) =>
  mark.event.approximate || mark.event.date.precision === 'month' || mark.event.date.precision === 'year';

function ring(context: CanvasRenderingContext2D, mark: PlacedMark, color: string, lineWidth: number) {
  const span = mark.kind === 'span';
  context.beginPath();
  context.ellipse(span ? mark.x + mark.width / 2 : mark.x, mark.y, span ? mark.width / 2 + 4 : mark.radius + 4, mark.radius + 4, 0, 0, 2 * Math.PI);
  context.strokeStyle = color;
  context.lineWidth = lineWidth;
  context.stroke();
}

function drawMark(context: CanvasRenderingContext2D, mark: PlacedMark, options: DrawOptions) {
  const { theme } = options;
  const { radius } = mark;
  if (mark.kind === 'span') {
    const half = SPAN_HEIGHT / 2;
    context.beginPath();
    context.roundRect(mark.x, mark.y - half, mark.width, SPAN_HEIGHT, half);
    context.globalAlpha = mark.event.approximate ? 0.12 : 0.3;
    context.fillStyle = mark.color;
    context.fill();
    context.globalAlpha = 1;
    context.setLineDash(mark.event.approximate ? [4, 3] : []);
    context.strokeStyle = mark.color;
    context.lineWidth = 1.5;
    context.stroke();
    context.setLineDash([]);
    return;
  }
  if (uncertain(mark) && mark.periodX1 - mark.periodX0 > radius * 2.5) {
    context.beginPath();
    context.moveTo(mark.periodX0, mark.y);
    context.lineTo(mark.periodX1, mark.y);
    context.globalAlpha = 0.55;
    context.strokeStyle = mark.color;
    context.lineWidth = 2;
    context.lineCap = 'round';
    context.stroke();
    context.globalAlpha = 1;
  }
  const path = shapeFor(shapeForIndex(options.shapeIndex.get(mark.event.category) ?? 0), radius);
  const style = markStyleOf(mark.event);
  context.translate(mark.x, mark.y);
  if (style.fill === 'pale') {
    // The page first, so the pale fill reads the same over a gridline as the SVG mark does.
    context.fillStyle = theme.surface;
    context.fill(path);
    context.globalAlpha = PALE_FILL_OPACITY;
  }
  context.fillStyle = style.fill === 'hollow' ? theme.surface : mark.color;
  context.fill(path);
  context.globalAlpha = 1;
  context.strokeStyle = style.stroke === 'category' ? mark.color : style.stroke === 'text' ? theme.text : theme.surface;
  context.lineWidth = style.fill === 'hollow' ? 2 : 1.5;
  context.setLineDash(style.dashed ? [2.5, 2] : []);
  context.stroke(path);
  context.setLineDash([]);
  if (style.disputedDot) {
    context.beginPath();
    context.arc(radius * DISPUTED_DOT.offset, -radius * DISPUTED_DOT.offset, DISPUTED_DOT.radius, 0, 2 * Math.PI);
    context.fillStyle = theme.text;
    context.fill();
    context.strokeStyle = theme.surface;
    context.lineWidth = 1;
    context.stroke();
  }
  context.translate(-mark.x, -mark.y);
}

export function drawTimeline(context: CanvasRenderingContext2D, layout: TimelineLayout, options: DrawOptions): void {
  const { pixelRatio, theme } = options;
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  context.clearRect(0, 0, options.width, options.height);
  // Density first, under everything: one rectangle per column, stronger where it is busier.
  for (const bin of layout.bins) {
    context.globalAlpha = 0.35 + 0.65 * bin.intensity;
    context.fillStyle = bin.color;
    context.fillRect(bin.x, bin.y, Math.max(bin.width - 0.5, 1), bin.height);
  }
  context.globalAlpha = 1;
  for (const mark of layout.marks) if (!options.skip.has(mark.event.id)) drawMark(context, mark, options);
  context.font = '700 10px system-ui, sans-serif';
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  for (const cluster of layout.clusters) {
    context.beginPath();
    context.arc(cluster.x, cluster.y, CLUSTER_RADIUS, 0, 2 * Math.PI);
    context.fillStyle = theme.surface;
    context.fill();
    context.strokeStyle = cluster.color;
    context.lineWidth = 1.5;
    context.stroke();
    context.fillStyle = theme.text;
    context.fillText(`+${cluster.eventIds.length}`, cluster.x, cluster.y);
  }
  drawLabels(context, layout.labels, options);
  for (const mark of layout.marks) {
    if (options.skip.has(mark.event.id)) continue;
    if (mark.event.id === options.selectedId) ring(context, mark, theme.text, 2);
    else if (mark.event.id === options.hoveredId) ring(context, mark, theme.textMuted, 1.5);
  }
}

/** Labels as timeline-marks.css draws them: text colour, a halo of the page around the letters. */
function drawLabels(context: CanvasRenderingContext2D, labels: readonly PlacedLabel[], options: DrawOptions) {
  const { theme } = options;
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  context.lineWidth = 3;
  context.strokeStyle = theme.surface;
  for (const label of labels) {
    if (label.target === 'mark' && options.skip.has(label.key)) continue;
    context.font = `${label.strong ? 600 : 500} ${options.labelFont}px ${LABEL_FONT_FAMILY}`;
    context.fillStyle = label.target === 'cluster' ? theme.textMuted : theme.text;
    // As in the SVG: the text sits at the edge of its box next to the mark.
    const { x, atRightEdge } = labelAnchor(label, !!options.rtl);
    context.direction = isRightToLeftText(label.text) ? 'rtl' : 'ltr';
    context.textAlign = atRightEdge ? 'right' : 'left';
    // Inside a span the bar is the ground: no halo to cut into it.
    if (label.side !== 'inside') context.strokeText(label.text, x, label.y);
    context.fillText(label.text, x, label.y);
  }
}
