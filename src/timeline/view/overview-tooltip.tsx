import type { Category, Series } from '../../data/timeline-event.ts';
import { claimStatusMeaning, type ClaimStatus } from '../../data/claim-status.ts';
import { formatDayOf } from '../../data/format-date.ts';
import type { BinUnit, HistogramBar } from '../model/overview-bins.ts';
import { describeSeriesPoint, type PlacedSeriesPoint } from '../model/overview-model.ts';
import { t, tn } from '../../i18n/translate.ts';
import { useLaterMessages } from '../../i18n/use-later-messages.ts';

/** What the tooltip is about: a statement of the series, or one bar of the histogram. */
export type OverviewReadout =
  | { readonly kind: 'point'; readonly placed: PlacedSeriesPoint; readonly series: Series }
  | {
      readonly kind: 'bar';
      readonly bar: HistogramBar;
      readonly bin: BinUnit;
      readonly categories: readonly Category[];
      /** The bar's events by claim status (statusesInBin), counted for this bar only. */
      readonly statuses: readonly (readonly [ClaimStatus, number])[];
    };

interface OverviewTooltipProps {
  readonly readout: OverviewReadout;
  readonly width: number;
}

function anchorX(readout: OverviewReadout): number {
  return readout.kind === 'point' ? readout.placed.x : readout.bar.x + readout.bar.width / 2;
}

function PointBody({ placed, series }: { placed: PlacedSeriesPoint; series: Series }) {
  const { point } = placed;
  return (
    <>
      <div className="timeline-tooltip__date">{series.label}</div>
      <div className="timeline-tooltip__title">{describeSeriesPoint(point, series.unit)}</div>
      {point.source && (
        <div className="overview-tooltip__source">{t('overview.source', { source: point.source.publisher ?? point.source.title ?? t('overview.linkedBelow') })}</div>
      )}
    </>
  );
}

function BarBody({ bar, bin, categories, statuses }: Omit<Extract<OverviewReadout, { kind: 'bar' }>, 'kind'>) {
  const labels = new Map(categories.map((category) => [category.id, category.label]));
  const when = bin === 'week' ? t('date.weekOf', { date: formatDayOf(bar.key) }) : formatDayOf(bar.key);
  return (
    <>
      <div className="timeline-tooltip__date">{when}</div>
      <div className="timeline-tooltip__title">
        {tn('overview.eventCount', bar.count)}
      </div>
      {bar.segments.length > 1 && (
        <ul className="overview-tooltip__counts">
          {/* Top of the stack first, as the reader sees it. */}
          {[...bar.segments].reverse().map((segment) => (
            <li key={segment.category ?? ''}>
              {segment.count} {segment.category ? (labels.get(segment.category) ?? segment.category) : t('overview.other')}
            </li>
          ))}
        </ul>
      )}
      {statuses.length > 0 && (
        <div className="overview-tooltip__statuses">
          {statuses.map(([status, count]) => t('overview.statusCount', { count, status: claimStatusMeaning(status).inline })).join(' · ')}
        </div>
      )}
    </>
  );
}

/**
 * The read-out above the strip. It repeats what the caption and the slider already say,
 * so assistive technology is told once (aria-hidden) and the pointer passes through it.
 */
export function OverviewTooltip({ readout, width }: OverviewTooltipProps) {
  // Shown on hover, in words from the later messages (asked for on the first hover).
  const words = useLaterMessages();
  const x = anchorX(readout);
  // Pinned to the nearer edge near the ends, so it never pokes out of a 360 px screen.
  const side = x < width / 3 ? 'left' : x > (width * 2) / 3 ? 'right' : 'centre';
  const style =
    side === 'left'
      ? { left: Math.max(0, x - 12) }
      : side === 'right'
        ? { right: Math.max(0, width - x - 12) }
        : { left: x, transform: 'translateX(-50%)' };
  if (!words) return null;
  return (
    <div className={`timeline-tooltip overview-tooltip overview-tooltip--${side}`} style={style} aria-hidden="true">
      {readout.kind === 'point' ? <PointBody {...readout} /> : <BarBody {...readout} />}
    </div>
  );
}
