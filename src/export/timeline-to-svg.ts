import { scaleUtc } from 'd3-scale';
import type { Category, TimelineEvent } from '../data/timeline-event.ts';
import { formatDayOf } from '../data/format-date.ts';
import type { TimeWindow } from '../routes/view-state.ts';
import { computeAxisTicks } from '../timeline/axis-ticks.ts';
import { layoutTimeline, type PlacedMark } from '../timeline/lane-layout.ts';
import type { PlacedLabel } from '../timeline/layout-types.ts';
import { createTextMeasure, LABEL_FONT_FAMILY } from '../timeline/text-measure.ts';
import { categoryColorFor } from '../ui/category-color.ts';
import { shapeForIndex, shapePath } from '../ui/mark-shape.tsx';

export interface TimelineSvgInput {
  readonly title: string;
  readonly events: readonly TimelineEvent[];
  readonly categories: readonly Category[];
  readonly window: TimeWindow;
  /** Who to credit: the dataset's title. */
  readonly source: string;
  readonly width?: number;
}

export interface TimelineSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text and attribute values: data is text, never markup, in this file as in the app. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);
}

const MARGIN = 24;
const RADIUS = 6;
/** Labels as on screen (timeline-marks.css), a point larger for print. */
const LABEL_SIZE = 11;
// A printed page is light whatever the screen shows, so the export uses the light palette.
const INK = '#1b1c1e';
const MUTED = '#595d63';
const GRID = '#dddbd6';
const LANES = ['#f6f5f1', '#ffffff'];
const FONT = LABEL_FONT_FAMILY;

function text(x: number, y: number, content: string, attributes = ''): string {
  return `<text x="${x}" y="${y}"${attributes ? ` ${attributes}` : ''}>${escapeXml(content)}</text>`;
}

function markSvg(mark: PlacedMark, shapeIndex: number, color: string): string {
  const fill = mark.event.approximate ? '#ffffff' : color;
  const title = `<title>${escapeXml(`${formatDayOf(mark.event.start)}: ${mark.event.title}`)}</title>`;
  if (mark.kind === 'span') {
    return `<rect x="${mark.x}" y="${mark.y - 5}" width="${mark.width}" height="10" rx="5" fill="${escapeXml(color)}" fill-opacity="0.3" stroke="${escapeXml(color)}" stroke-width="1.5">${title}</rect>`;
  }
  const d = shapePath(shapeForIndex(shapeIndex), mark.radius);
  // Key moments are larger (the layout's radius) and outlined in ink, as on screen.
  const stroke = mark.event.key && !mark.event.approximate ? INK : color;
  return `<path transform="translate(${mark.x},${mark.y})" d="${d}" fill="${escapeXml(fill)}" stroke="${escapeXml(stroke)}" stroke-width="${mark.event.approximate ? 2 : mark.event.key ? 1.5 : 1}">${title}</path>`;
}

/** A label where the screen puts it: a label before its mark ends next to the mark. */
function labelSvg(label: PlacedLabel): string {
  const before = label.side === 'before';
  const x = before ? label.x + label.width : label.x;
  const attributes = [
    `font-size="${LABEL_SIZE}"`,
    `font-weight="${label.strong ? 600 : 500}"`,
    `fill="${label.target === 'cluster' ? MUTED : INK}"`,
    label.side === 'inside' ? '' : 'stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"',
    'dominant-baseline="central"',
    before ? 'text-anchor="end"' : '',
  ].filter(Boolean);
  return text(x, label.y, label.text, attributes.join(' '));
}

/**
 * The timeline of `window` as a standalone SVG document: the same lane layout and axis ticks
 * as the screen (lane-layout.ts, axis-ticks.ts), with a title, the date range and a credit
 * line, so the picture still says what it shows and where it comes from when passed on.
 */
export function timelineToSvg(input: TimelineSvgInput): TimelineSvg {
  const width = input.width ?? 1200;
  const plotWidth = width - MARGIN * 2;
  const scale = scaleUtc().domain([input.window.from, input.window.to]).range([0, plotWidth]);
  const top = 96;
  const layout = layoutTimeline(input.events, input.categories, scale, {
    width: plotWidth,
    top,
    rowHeight: 18,
    rowsPerLane: 4,
    lanePadding: 6,
    labelHeight: 16,
    markRadius: RADIUS,
    labels: { measure: createTextMeasure(LABEL_SIZE), lineHeight: LABEL_SIZE + 3, gap: 4, minWidth: LABEL_SIZE * 7, spanHeight: 10, clusterRadius: 9 },
  });
  const shapeIndex = new Map(input.categories.map((category, index) => [category.id, index]));
  const colors = new Map(input.categories.map((category) => [category.id, categoryColorFor(category.color, 'light')]));
  const plotBottom = layout.height;
  const height = plotBottom + 48;
  const shown = input.events.filter((event) => event.stop > input.window.from && event.start < input.window.to).length;
  const range = `${formatDayOf(input.window.from)} – ${formatDayOf(input.window.to - 1)} · ${shown} event${shown === 1 ? '' : 's'}`;

  const parts: string[] = [
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    text(MARGIN, 34, input.title, `font-size="20" font-weight="700" fill="${INK}"`),
    text(MARGIN, 58, range, `font-size="13" fill="${MUTED}"`),
    `<g transform="translate(${MARGIN},0)">`,
    ...layout.lanes.map((lane, index) => `<rect x="0" y="${lane.y}" width="${plotWidth}" height="${lane.height}" fill="${LANES[index % 2]}"/>`),
    ...computeAxisTicks(scale, 110).flatMap((tick) => [
      `<line x1="${tick.x}" x2="${tick.x}" y1="${top - 6}" y2="${plotBottom}" stroke="${GRID}"/>`,
      text(tick.x + 3, top - 10, tick.label, `font-size="11" fill="${MUTED}"${tick.major ? ' font-weight="700"' : ''}`),
    ]),
    ...layout.lanes.map((lane) => text(4, lane.y + 13, lane.category.label.toUpperCase(), `font-size="10" font-weight="700" letter-spacing="0.5" fill="${MUTED}"`)),
    ...layout.marks.map((mark) => markSvg(mark, shapeIndex.get(mark.event.category) ?? 0, colors.get(mark.event.category) ?? MUTED)),
    ...layout.clusters.map(
      (cluster) =>
        `<circle cx="${cluster.x}" cy="${cluster.y}" r="9" fill="#ffffff" stroke="${escapeXml(colors.get(cluster.category) ?? MUTED)}" stroke-width="1.5"/>` +
        text(cluster.x, cluster.y + 3.5, `+${cluster.eventIds.length}`, `font-size="10" text-anchor="middle" fill="${INK}"`),
    ),
    ...densityBars(layout, colors),
    ...layout.labels.map(labelSvg),
    '</g>',
    text(MARGIN, height - 18, `Source: ${input.source} · conflict-timeline`, `font-size="11" fill="${MUTED}"`),
  ];
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}" role="img" aria-label="${escapeXml(input.title)}">`,
    `<title>${escapeXml(`${input.title}, ${range}`)}</title>`,
    ...parts,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}

/** Lanes too crowded for marks are drawn as count columns (when the layout makes them). */
function densityBars(layout: object, colors: ReadonlyMap<string, string>): string[] {
  const bins = (layout as { bins?: readonly { x: number; y: number; width: number; height: number; category: string }[] }).bins ?? [];
  return bins.map((bin) => `<rect x="${bin.x}" y="${bin.y}" width="${bin.width}" height="${bin.height}" fill="${escapeXml(colors.get(bin.category) ?? MUTED)}"/>`);
}
