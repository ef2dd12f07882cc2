import { timeScale } from '../timeline/model/time-scale.ts';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Category, TimelineEvent } from '../data/timeline-event.ts';
import { formatDayOf } from '../data/format-date.ts';
import type { TimeWindow } from '../view-store/view-state.ts';
import { computeAxisTicks, computeDayGrid } from '../timeline/model/axis-ticks.ts';
import { layoutTimeline } from '../timeline/model/lane-layout.ts';
import type { DensityBin } from '../timeline/model/layout-types.ts';
import { createTextMeasure, LABEL_FONT_FAMILY } from '../timeline/model/text-measure.ts';
import { TimelineAxis } from '../timeline/view/timeline-axis.tsx';
import { AXIS_HEIGHT, LABEL_FONT_SIZE, LANE_LABEL_HEIGHT, TICK_SPACING, timelineLayoutOptions } from '../timeline/model/timeline-layout-options.ts';
import { TimelineMarks } from '../timeline/view/timeline-marks.tsx';
import { categoryColorFor } from '../ui/category-color.ts';
import { lightThemeStyle } from './light-theme-style.ts';
import { isRightToLeft, t, tn } from '../i18n/translate.ts';
import { mirrorLayout, mirrorTicks } from '../timeline/model/mirror-layout.ts';

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

const MARGIN = 24;
/** Title and date range above the plot; the credit line below it. */
const HEADER = 66;
const FOOTER = 44;

// The export's own parts, in the theme's tokens like the rest (light-theme-style.ts resolves them).
const EXPORT_CSS = `
.export-paper { fill: var(--surface); }
.export-title { fill: var(--text); font-size: 20px; font-weight: 700; }
.export-range { fill: var(--text-muted); font-size: 13px; font-variant-numeric: tabular-nums; }
.export-credit { fill: var(--text-muted); font-size: 11px; }
`;

const ignore = () => {};

/**
 * Lanes too crowded for marks, as count columns: the screen paints these on its canvas
 * (canvas-draw.ts), which a file cannot hold, so they are drawn here the same way.
 */
function DensityColumns({ bins }: { bins: readonly DensityBin[] }) {
  return (
    <g aria-hidden="true">
      {bins.map((bin) => (
        <rect key={bin.key} x={bin.x} y={bin.y} width={Math.max(bin.width - 0.5, 1)} height={bin.height} fill={bin.color} fillOpacity={0.35 + 0.65 * bin.intensity} />
      ))}
    </g>
  );
}

/**
 * The timeline of `window` as a standalone SVG document, drawn by the screen's own components
 * (TimelineAxis, TimelineMarks) from the screen's layout options in the light theme, with a
 * title, the date range and a credit line, so the picture still says what it shows and where
 * it comes from when passed on. All text goes through React, which writes it as text.
 */
export function timelineToSvg(input: TimelineSvgInput): TimelineSvg {
  const width = input.width ?? 1200;
  const plotWidth = width - MARGIN * 2;
  const scale = timeScale([input.window.from, input.window.to], [0, plotWidth]);
  // As the screen colours them (timeline-view.tsx), for the light theme.
  const categories = input.categories.map((category) => ({ ...category, color: categoryColorFor(category.color, 'light') }));
  const options = timelineLayoutOptions({ width: plotWidth, compact: false, measure: createTextMeasure(LABEL_FONT_SIZE.wide) });
  // Right to left, the picture mirrors as the screen does (mirror-layout.ts).
  const rtl = isRightToLeft();
  // The title, range and credit start at the page's start edge (text-anchor start follows direction).
  const textX = rtl ? width - MARGIN : MARGIN;
  const inTimeOrder = layoutTimeline(input.events, categories, scale, options);
  const layout = rtl ? mirrorLayout(inTimeOrder, plotWidth) : inTimeOrder;
  const ticks = computeAxisTicks(scale, TICK_SPACING.wide);
  const dayGrid = computeDayGrid(scale);
  // The screen's plot is an <svg> as tall as the layout and 4 pixels more (timeline-view.tsx).
  const plotHeight = layout.height + 4;
  const height = HEADER + plotHeight + FOOTER;
  const shown = input.events.filter((event) => event.stop > input.window.from && event.start < input.window.to).length;
  const range = tn('export.range', shown, { from: formatDayOf(input.window.from), to: formatDayOf(input.window.to - 1) });

  const markup = renderToStaticMarkup(
    <svg xmlns="http://www.w3.org/2000/svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} fontFamily={LABEL_FONT_FAMILY} direction={rtl ? 'rtl' : undefined} role="img" aria-label={input.title}>
      <title>{`${input.title}, ${range}`}</title>
      <style>{lightThemeStyle(EXPORT_CSS)}</style>
      <rect className="export-paper" width={width} height={height} />
      <text className="export-title" x={textX} y={34}>{input.title}</text>
      <text className="export-range" x={textX} y={56}>{range}</text>
      {/* A nested <svg> clips the plot at its edges, as the screen's does. */}
      <svg className="timeline-svg" x={MARGIN} y={HEADER} width={plotWidth} height={plotHeight}>
        <TimelineAxis
          lanes={layout.lanes}
          ticks={rtl ? mirrorTicks(ticks, plotWidth) : ticks}
          dayGrid={rtl ? dayGrid.map((x) => plotWidth - x) : dayGrid}
          width={plotWidth}
          bottom={layout.height}
          axisHeight={AXIS_HEIGHT}
          labelHeight={LANE_LABEL_HEIGHT}
        />
        <DensityColumns bins={layout.bins} />
        <TimelineMarks layout={layout} categories={categories} markRefs={new Map()} onSelect={ignore} onHover={ignore} onZoomTo={ignore} />
      </svg>
      <text className="export-credit" x={textX} y={height - 18}>{t('export.credit', { source: input.source })}</text>
    </svg>,
  );
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`, width, height };
}
