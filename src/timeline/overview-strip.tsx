import { useMemo, useRef, type PointerEvent } from 'react';
import type { Series, TimelineEvent } from '../data/timeline-event.ts';
import { formatCalendarDate } from '../data/format-date.ts';
import { safeHttpUrl } from '../data/safe-url.ts';
import type { TimeWindow } from '../routes/view-state.ts';
import { useElementWidth } from '../ui/use-element-width.ts';
import { computeOverview, formatSeriesValue, latestPointBefore } from './overview-model.ts';
import { windowAround, type ZoomLimits } from './zoom-window.ts';

interface OverviewStripProps {
  readonly extent: TimeWindow;
  readonly window: TimeWindow;
  readonly events: readonly TimelineEvent[];
  readonly series?: Series;
  readonly limits: ZoomLimits;
  readonly onWindowChange: (window: TimeWindow) => void;
}

const BAR_HEIGHT = 34;
const AXIS_HEIGHT = 16;

/**
 * The whole dataset at a glance: events per day or week, the window the timeline shows
 * (press or drag to move it) and the attack-count series as a step line, with its source.
 */
export function OverviewStrip(props: OverviewStripProps) {
  const { extent, window, events, series, limits, onWindowChange } = props;
  const [measureRef, width] = useElementWidth<HTMLDivElement>();
  const model = useMemo(
    () => computeOverview(extent, window, events, series, Math.max(width, 1), BAR_HEIGHT),
    [extent, window, events, series, width],
  );
  const dragging = useRef(false);

  const moveTo = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const span = window.to - window.from;
    onWindowChange(windowAround(model.toTime(event.clientX - box.left), span, limits));
  };

  const latest = series ? latestPointBefore(series, window.to) : undefined;
  const sourceUrl = latest?.source ? safeHttpUrl(latest.source.url) : null;
  return (
    <div className="overview" ref={measureRef}>
      {width > 0 && (
        <svg
          width={width}
          height={BAR_HEIGHT + AXIS_HEIGHT}
          aria-hidden="true"
          onPointerDown={(event) => {
            dragging.current = true;
            event.currentTarget.setPointerCapture(event.pointerId);
            moveTo(event);
          }}
          onPointerMove={(event) => dragging.current && moveTo(event)}
          onPointerUp={() => (dragging.current = false)}
          onPointerCancel={() => (dragging.current = false)}
        >
          {model.bars.map((bar) => (
            <rect key={bar.key} className="overview-bar" x={bar.x} y={BAR_HEIGHT - bar.height} width={bar.width} height={bar.height} />
          ))}
          {model.seriesPath && <path className="series-line" d={model.seriesPath} />}
          {model.ticks.map((tick) => (
            <text key={tick.key} className="overview-tick" x={tick.x + 2} y={BAR_HEIGHT + AXIS_HEIGHT - 3}>
              {tick.label}
            </text>
          ))}
          <rect
            className="overview-window"
            x={Math.max(0, model.windowX0)}
            y={0.5}
            width={Math.max(4, Math.min(width, model.windowX1) - Math.max(0, model.windowX0))}
            height={BAR_HEIGHT}
            rx={3}
          />
        </svg>
      )}
      {series && (
        <p className="series-label">
          <span className="series-label__key" aria-hidden="true" />
          {series.label}
          {latest && (
            <>
              {': '}
              <strong>{formatSeriesValue(latest)}</strong>
              {` by ${formatCalendarDate(latest.date)}`}
              {latest.note && `, stated by ${latest.note}`}
            </>
          )}
          {sourceUrl && (
            <>
              {' · '}
              <a href={sourceUrl} target="_blank" rel="noopener noreferrer">
                {latest?.source?.publisher ?? 'Source'}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            </>
          )}
        </p>
      )}
    </div>
  );
}
