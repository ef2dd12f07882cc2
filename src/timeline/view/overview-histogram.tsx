import { useId } from 'react';
import { formatDayOf } from '../../data/format-date.ts';
import type { TimeWindow } from '../../view-store/view-state.ts';
import type { OverviewModel } from '../model/overview-model.ts';
import { isRightToLeft, t, tn } from '../../i18n/translate.ts';
import { useLaterMessages } from '../../i18n/use-later-messages.ts';

interface OverviewHistogramProps {
  readonly model: OverviewModel;
  readonly width: number;
  readonly barHeight: number;
  readonly axisHeight: number;
  readonly window: TimeWindow;
  /** Category id → colour for this theme; a segment of no listed category uses --bar. */
  readonly colors: ReadonlyMap<string, string>;
  /** Can the window be grabbed and moved (see gestureAt)? Only changes the cursor. */
  readonly grabbable: boolean;
  /** The range being brushed, in pixels. */
  readonly brush: { readonly x0: number; readonly x1: number } | null;
}

/** A sentence for screen readers: the chart itself is an image of these numbers. */
function summarise(model: OverviewModel, window: TimeWindow): string {
  const total = model.bars.reduce((sum, bar) => sum + bar.count, 0);
  const shown = t('overview.shows', { from: formatDayOf(window.from), to: formatDayOf(window.to - 1) });
  if (total === 0) return t('overview.none', { shown });
  const busiest = model.bars.reduce((best, bar) => (bar.count > best.count ? bar : best));
  const when = model.bin === 'week' ? t('overview.busiestWeek', { date: formatDayOf(busiest.key) }) : formatDayOf(busiest.key);
  return tn(model.bin === 'week' ? 'overview.summaryWeek' : 'overview.summaryDay', total, { when, busiest: busiest.count, shown });
}

/** The stacked bars, the axis, the window and the brush: drawn only, the strip handles input. */
export function OverviewHistogram(props: OverviewHistogramProps) {
  // The summary's words come with the later messages (a screen reader's description, not the picture).
  const words = useLaterMessages();
  const { model, width, barHeight, axisHeight, window, colors, brush, grabbable } = props;
  const summaryId = useId();
  const label = model.bin === 'week' ? t('overview.perWeek') : t('overview.perDay');
  const windowX0 = Math.max(0, model.windowX0);
  return (
    <>
      <svg
        className="overview-histogram"
        width={width}
        height={barHeight + axisHeight}
        role="img"
        aria-label={label}
        aria-describedby={summaryId}
      >
        {model.bars.map((bar) => (
          <g key={bar.key}>
            {bar.segments.map((segment) => (
              <rect
                key={segment.category ?? ''}
                className="overview-bar"
                x={bar.x}
                y={segment.y}
                width={bar.width}
                height={segment.height}
                style={segment.category ? { fill: colors.get(segment.category) } : undefined}
              />
            ))}
          </g>
        ))}
        <line className="overview-baseline" x1={0} x2={width} y1={barHeight + 0.5} y2={barHeight + 0.5} />
        {model.ticks.map((tick) => (
          <text key={tick.key} className="overview-tick" x={isRightToLeft() ? tick.x - 2 : tick.x + 2} y={barHeight + axisHeight - 3}>
            {tick.label}
          </text>
        ))}
        <rect
          className={`overview-window${grabbable ? ' overview-window--grabbable' : ''}`}
          x={windowX0}
          y={0.5}
          width={Math.max(4, Math.min(width, model.windowX1) - windowX0)}
          height={barHeight}
          rx={3}
        />
        {brush && (
          <rect
            className="overview-brush"
            x={Math.min(brush.x0, brush.x1)}
            y={0.5}
            width={Math.abs(brush.x1 - brush.x0)}
            height={barHeight}
          />
        )}
      </svg>
      <p id={summaryId} className="visually-hidden">
        {words && summarise(model, window)}
      </p>
    </>
  );
}
