import { memo } from 'react';
import type { Category, TimelineEvent } from '../data/timeline-event.ts';
import { formatEventDate } from '../data/format-date.ts';
import { HighlightedText } from './highlighted-text.tsx';
import { t, tn } from '../i18n/translate.ts';

export interface EventListRowProps {
  readonly event: TimelineEvent;
  readonly category: Category | undefined;
  /** The category's colour as drawn in the current theme. */
  readonly color: string | undefined;
  /** 1-based position in the whole table (the header row is 1), for aria-rowindex. */
  readonly rowIndex: number;
  readonly selected: boolean;
  readonly query: string;
  /** Phones: date and one "event" cell holding title, category, place and sources. */
  readonly compact: boolean;
  readonly onSelect: (event: TimelineEvent) => void;
}

function placeOf(event: TimelineEvent): string {
  const place = event.place;
  if (!place) return '';
  return place.country && !place.name.toLowerCase().includes(place.country.toLowerCase()) ? `${place.name}, ${place.country}` : place.name;
}


/**
 * One event in the list. The whole row selects it on click; the title is a real button so the
 * keyboard and screen readers get the same action.
 */
export const EventListRow = memo(function EventListRow(props: EventListRowProps) {
  const { event, category, color, rowIndex, selected, query, compact, onSelect } = props;
  const date = (
    <time dateTime={event.date.text}>{formatEventDate(event.date, event.end, event.approximate)}</time>
  );
  const title = (
    <button type="button" className="event-list__title" dir="auto">
      <HighlightedText text={event.title} query={query} />
    </button>
  );
  const place = placeOf(event);
  const more = event.sources.length - 1;
  const sourceCount = tn('list.sourceCount', event.sources.length);
  return (
    <tr
      className={selected ? 'event-list__row is-selected' : 'event-list__row'}
      aria-rowindex={rowIndex}
      aria-selected={selected}
      data-event-id={event.id}
      onClick={() => onSelect(event)}
    >
      <td className="event-list__date">
        <div className="event-list__clamp">{date}</div>
      </td>
      {compact ? (
        <td className="event-list__event">
          {title}
          <span className="event-list__meta">
            {[category?.label ?? event.category, place, sourceCount].filter(Boolean).join(' · ')}
          </span>
        </td>
      ) : (
        <>
          <td className="event-list__event">{title}</td>
          <td className="event-list__category">
            <div className="event-list__clamp">
              <span className="event-list__swatch" style={{ color }} aria-hidden="true" />
              {category?.label ?? event.category}
            </div>
          </td>
          <td className="event-list__place" dir="auto">
            <div className="event-list__clamp">
              <HighlightedText text={place} query={query} />
            </div>
          </td>
          <td className="event-list__sources" dir="auto" title={sourceCount}>
            <div className="event-list__clamp">
              <HighlightedText text={event.sources[0]?.publisher ?? ''} query={query} />
              {more > 0 && (
                <span className="event-list__more">
                  {` +${more}`}
                  <span className="visually-hidden">{t('list.more')}</span>
                </span>
              )}
            </div>
          </td>
        </>
      )}
    </tr>
  );
});
