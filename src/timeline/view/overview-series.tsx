import type { KeyboardEvent } from 'react';
import type { Series } from '../../data/timeline-event.ts';
import { describeSeriesPoint, type OverviewModel } from '../model/overview-model.ts';
import { isRightToLeft, t } from '../../i18n/translate.ts';

interface OverviewSeriesProps {
  readonly model: OverviewModel;
  readonly series: Series;
  readonly width: number;
  readonly height: number;
  /** The statement the slider is on (shown ringed while it has focus). */
  readonly index: number;
  readonly focused: boolean;
  /** The statement under the mouse, drawn larger. */
  readonly hoveredIndex?: number;
  readonly onIndexChange: (index: number) => void;
  readonly onFocusChange: (focused: boolean) => void;
}

/** Room the words need beside the last dot (10 px type); narrower, the line just stops. */
const NO_LATER_ROOM = 90;

const STEP_KEYS: Record<string, (index: number, last: number) => number> = {
  ArrowLeft: (index) => index - 1,
  ArrowDown: (index) => index - 1,
  ArrowRight: (index) => index + 1,
  ArrowUp: (index) => index + 1,
  PageDown: (index) => index - 5,
  PageUp: (index) => index + 5,
  Home: () => 0,
  End: (_, last) => last,
};
const MIRRORED_ARROWS: Record<string, string> = { ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' };

/**
 * The series as a step line over the bars, with a dot per statement. The line stops at the last
 * statement and says so ("no later figure") where the strip goes on: a count nobody updated is
 * not a count that stopped. The dots are one keyboard stop, a slider (← → Home End) over the
 * statements, so each figure with its qualifier, date and speaker can be reached without a
 * mouse. The layer lets the pointer through: hover and brushing are handled by the strip
 * underneath.
 */
export function OverviewSeries(props: OverviewSeriesProps) {
  const { model, series, width, height, index, focused, hoveredIndex, onIndexChange, onFocusChange } = props;
  const points = model.seriesPoints;
  const current = points[index];
  if (!model.seriesPath || !current) return null;
  const last = points.length - 1;
  const gap = model.seriesGap;
  const valueText = describeSeriesPoint(current.point, series.unit) + (index === last && gap ? `; ${t('series.noLater')}` : '');

  const onKeyDown = (keyEvent: KeyboardEvent<SVGGElement>) => {
    // Right to left, ← is the later statement: the dots are mirrored (mirror-layout.ts).
    const key = isRightToLeft() && keyEvent.key.startsWith('Arrow') ? MIRRORED_ARROWS[keyEvent.key] ?? keyEvent.key : keyEvent.key;
    const step = STEP_KEYS[key];
    if (!step) return;
    keyEvent.preventDefault();
    onIndexChange(Math.min(last, Math.max(0, step(index, last))));
  };

  return (
    <svg className="overview-series" width={width} height={height}>
      <path className="series-line" d={model.seriesPath} />
      {gap && gap.x1 - gap.x0 >= NO_LATER_ROOM && (
        <text className="overview-series__no-later" x={isRightToLeft() ? gap.x1 - 6 : gap.x0 + 6} y={Math.max(gap.y, 6)} dominantBaseline="middle" aria-hidden="true">
          {t('series.noLater')}
        </text>
      )}
      <g
        className="overview-series__points"
        role="slider"
        tabIndex={0}
        aria-label={t('series.statements', { series: series.label })}
        aria-valuemin={1}
        aria-valuemax={points.length}
        aria-valuenow={index + 1}
        aria-valuetext={valueText}
        aria-orientation="horizontal"
        onKeyDown={onKeyDown}
        onFocus={() => onFocusChange(true)}
        onBlur={() => onFocusChange(false)}
      >
        {points.map((placed) => (
          <circle
            key={placed.index}
            className="overview-series__dot"
            cx={placed.x}
            cy={placed.y}
            r={placed.index === hoveredIndex || (focused && placed.index === index) ? 4 : 2.5}
          />
        ))}
        {focused && <circle className="overview-series__focus" cx={current.x} cy={current.y} r={7} />}
      </g>
    </svg>
  );
}
