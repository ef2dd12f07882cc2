import './overview-strip.css';
import { useMemo, useState } from 'react';
import type { TimelineEvent } from '../../data/timeline-event.ts';
import { categoryColorFor } from '../../ui/category-color.ts';
import { useColorScheme } from '../../ui/use-color-scheme.ts';
import { useElementWidth } from '../../ui/use-element-width.ts';
import { useLoadedDataset } from '../../view-store/use-loaded-dataset.ts';
import { barAt, statusesInBin } from '../model/overview-bins.ts';
import { useAfterFirstDraw } from '../../boot/first-draw.tsx';
import { OverviewHistogram } from './overview-histogram.tsx';
import { computeOverview, latestPointBefore, seriesPointNear } from '../model/overview-model.ts';
import { OverviewSeries } from './overview-series.tsx';
import { OverviewTooltip, type OverviewReadout } from './overview-tooltip.tsx';
import { SeriesCaption } from './series-caption.tsx';
import { useOverviewPointer } from './use-overview-pointer.ts';
import { usePageWindow, useWindowControl } from './use-view-window.ts';
import { isRightToLeft } from '../../i18n/translate.ts';
import { mirrorOverview } from '../model/mirror-layout.ts';

interface OverviewStripProps {
  /** The events the filters leave. */
  readonly events: readonly TimelineEvent[];
}

const BAR_HEIGHT = 40;
const AXIS_HEIGHT = 16;
const NO_EVENTS: readonly TimelineEvent[] = [];

/**
 * The whole dataset at a glance: events per day or week stacked by category, the window the
 * timeline shows (brush a range, click to centre, drag a narrow window to move it) and the
 * series as a step line whose statements can be hovered or stepped through by keyboard.
 */
export function OverviewStrip(props: OverviewStripProps) {
  const { categories, series: allSeries, windowed } = useLoadedDataset().dataset;
  const series = allSeries[0];
  const { extent } = useWindowControl();
  const window = usePageWindow();
  // Counted after the first draw (the strip is the same size either way): events first.
  // A dataset read window by window draws the whole file from its day counts (unfiltered).
  const events = useAfterFirstDraw(windowed?.source.summary ?? props.events, NO_EVENTS);
  const [measureRef, width] = useElementWidth<HTMLDivElement>();
  const scheme = useColorScheme();
  const order = useMemo(() => (categories.length ? categories.map((category) => category.id) : undefined), [categories]);
  // Until the strip is measured nothing is drawn, so nothing is counted.
  // Right to left, the strip is mirrored as the timeline is (mirror-layout.ts).
  const rtl = isRightToLeft();
  const model = useMemo(() => {
    const inTimeOrder = computeOverview(extent, window, width > 0 ? events : NO_EVENTS, series, Math.max(width, 1), BAR_HEIGHT, order);
    return rtl ? mirrorOverview(inTimeOrder, Math.max(width, 1)) : inTimeOrder;
  }, [extent, window, events, series, width, order, rtl]);
  const colors = useMemo(
    () => new Map(categories.map((category) => [category.id, categoryColorFor(category.color, scheme)])),
    [categories, scheme],
  );
  const pointer = useOverviewPointer(model, width);

  // The slider starts on the figure the caption shows: the latest one the window reaches.
  const latest = series ? latestPointBefore(series, window.to) : undefined;
  const [sliderIndex, setSliderIndex] = useState<number | null>(null);
  const [sliderFocused, setSliderFocused] = useState(false);
  const index = sliderIndex ?? (latest && series ? series.points.indexOf(latest) : 0);
  const hoveredPoint = pointer.hoverX === null ? undefined : seriesPointNear(model.seriesPoints, pointer.hoverX);
  const activePoint = sliderFocused ? model.seriesPoints[index] : hoveredPoint;

  let readout: OverviewReadout | undefined;
  if (activePoint && series) readout = { kind: 'point', placed: activePoint, series };
  else if (pointer.hoverX !== null) {
    const bar = barAt(model.bars, pointer.hoverX, 4);
    if (bar) readout = { kind: 'bar', bar, bin: model.bin, categories, statuses: 'days' in events ? [] : statusesInBin(events, model.bin, bar.key) };
  }

  return (
    <div className="overview">
      <div className="overview__plot" ref={measureRef} {...pointer.handlers}>
        {width > 0 && (
          <>
            <OverviewHistogram
              model={model}
              width={width}
              barHeight={BAR_HEIGHT}
              axisHeight={AXIS_HEIGHT}
              window={window}
              colors={colors}
              grabbable={pointer.grabbable}
              brush={pointer.brush}
            />
            {series && (
              <OverviewSeries
                model={model}
                series={series}
                width={width}
                height={BAR_HEIGHT}
                index={index}
                focused={sliderFocused}
                hoveredIndex={hoveredPoint?.index}
                onIndexChange={setSliderIndex}
                onFocusChange={setSliderFocused}
              />
            )}
            {readout && <OverviewTooltip readout={readout} width={width} />}
          </>
        )}
      </div>
      {series && <SeriesCaption series={series} point={activePoint?.point ?? latest} />}
    </div>
  );
}
