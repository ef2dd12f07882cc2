import type { Series, SeriesPoint } from '../../data/timeline-event.ts';
import { formatCalendarDate } from '../../data/format-date.ts';
import { safeHttpUrl } from '../../data/safe-url.ts';
import { formatSeriesValue } from '../model/overview-model.ts';
import { t } from '../../i18n/translate.ts';

interface SeriesCaptionProps {
  readonly series: Series;
  /** The statement to show: the hovered or focused one, else the latest the window reaches. */
  readonly point?: SeriesPoint;
}

/**
 * The series' key and one figure, always with who stated it and a link to where: a count of
 * attacks is a claim by someone, and the reader should be able to check it. Not a live region:
 * it changes on every pan, and the series slider already announces the statement it is on.
 */
export function SeriesCaption({ series, point }: SeriesCaptionProps) {
  const sourceUrl = point?.source ? safeHttpUrl(point.source.url) : null;
  return (
    <p className="series-label">
      <span className="series-label__key" aria-hidden="true" />
      {series.label}
      {point && (
        <>
          {': '}
          <strong>{formatSeriesValue(point)}</strong>
          {t('series.byDate', { date: formatCalendarDate(point.date) })}
          {point.note && t('series.statedBy', { who: point.note })}
        </>
      )}
      {sourceUrl && (
        <>
          {' · '}
          <a href={sourceUrl} target="_blank" rel="noopener noreferrer">
            {point?.source?.publisher ?? point?.source?.title ?? t('series.source')}
            <span className="visually-hidden">{t('common.newTab')}</span>
          </a>
        </>
      )}
    </p>
  );
}
