import type { AxisTick } from './axis-ticks.ts';
import type { TimelineLayout } from './layout-types.ts';
import { stepPath, type OverviewModel } from './overview-model.ts';

/**
 * Right to left: time runs from right to left, earlier on the right, as an Arabic reader reads.
 * The layout is made in time order (x grows with time: rows, clusters, density and labels all
 * reason about "before" and "after" that way) and mirrored here, as its last step, so every
 * rule keeps one direction and both directions are tested through this one function. A label's
 * `side` stays a side in time ("after" its mark is to the mark's left once mirrored); the
 * renderers place its text by it (timeline-marks.tsx, canvas-draw.ts).
 */
export function mirrorLayout(layout: TimelineLayout, width: number): TimelineLayout {
  return {
    ...layout,
    marks: layout.marks.map((mark) => ({
      ...mark,
      // A point's x is its centre; a span's is its left edge, which its right edge becomes.
      x: width - mark.x - mark.width,
      periodX0: width - mark.periodX1,
      periodX1: width - mark.periodX0,
    })),
    clusters: layout.clusters.map((cluster) => ({ ...cluster, x: width - cluster.x })),
    bins: layout.bins.map((bin) => ({ ...bin, x: width - bin.x - bin.width })),
    labels: layout.labels.map((label) => ({ ...label, x: width - label.x - label.width })),
  };
}

export function mirrorTicks(ticks: readonly AxisTick[], width: number): AxisTick[] {
  return ticks.map((tick) => ({ ...tick, x: width - tick.x }));
}

/** Whether a text reads right to left, by its first letter (as dir="auto" decides). */
export function isRightToLeftText(text: string): boolean {
  const first = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]|[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.exec(text);
  return !!first && !/[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/.test(first[0]);
}

/**
 * Where a label's text is anchored: at the edge of its box next to the mark, whichever way the
 * layout runs (`rtl`) and whichever way the text reads (`rtlText`: an English title in the
 * Arabic timeline reads left to right). `anchorEnd` is SVG's text-anchor="end" for a text of
 * that direction (`start` is the left end of left-to-right text, the right end of Arabic);
 * `atRightEdge` is the canvas's textAlign "right".
 */
export function labelAnchor(
  label: { readonly x: number; readonly width: number; readonly side: 'inside' | 'after' | 'before' },
  rtl: boolean,
  rtlText = rtl,
) {
  // A label before its mark ends at the mark (the box's right edge in time order); mirrored,
  // "before" lies to the mark's right and "after" to its left.
  const atRightEdge = (label.side === 'before') !== rtl;
  return { x: atRightEdge ? label.x + label.width : label.x, anchorEnd: atRightEdge !== rtlText, atRightEdge };
}

/** The overview strip mirrored as the timeline is: bars, window, series and ticks; `toTime` reads the mirror. */
export function mirrorOverview(model: OverviewModel, width: number): OverviewModel {
  const seriesPoints = model.seriesPoints.map((placed) => ({ ...placed, x: width - placed.x }));
  const gap = model.seriesGap;
  return {
    ...model,
    bars: model.bars.map((bar) => ({ ...bar, x: width - bar.x - bar.width })),
    windowX0: width - model.windowX1,
    windowX1: width - model.windowX0,
    seriesPoints,
    seriesPath: stepPath(seriesPoints),
    seriesGap: gap && { ...gap, x0: width - gap.x1, x1: width - gap.x0 },
    ticks: mirrorTicks(model.ticks, width),
    toTime: (x) => model.toTime(width - x),
  };
}
