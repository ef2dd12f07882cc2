import './event-list.css';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { Category, TimelineEvent } from '../data/timeline-event.ts';
import { categoryColorFor } from '../ui/category-color.ts';
import { useColorScheme } from '../ui/use-color-scheme.ts';
import { EventListRow } from './event-list-row.tsx';
import { useVirtualRows } from './use-virtual-rows.ts';
import { t } from '../i18n/translate.ts';

export interface EventListProps {
  /** The events in the current window that pass the filters, in time order. */
  readonly events: readonly TimelineEvent[];
  readonly categories: readonly Category[];
  readonly selectedId?: string;
  readonly query: string;
  /** Phones: two columns (date, event) with taller rows. */
  readonly compact: boolean;
  /** False while another tab hides the list; showing it again scrolls to the selection. */
  readonly visible: boolean;
  readonly onSelect: (event: TimelineEvent) => void;
  /** Shown instead of rows when there are none. */
  readonly empty: ReactNode;
}

type SortOrder = 'ascending' | 'descending';

// Row heights must match event-list.css (.event-list__row): the virtualizer places rows by them.
const ROW_HEIGHT = 52;
const COMPACT_ROW_HEIGHT = 76;

/**
 * The events in view as a table: the screen-reader-first way through the data, and in step
 * with the timeline. Only the rows near the viewport are rendered (100,000 events scroll as
 * smoothly as 50); aria-rowcount and aria-rowindex give assistive technology the full size.
 */
export function EventList({ events, categories, selectedId, query, compact, visible, onSelect, empty }: EventListProps) {
  const [order, setOrder] = useState<SortOrder>('ascending');
  const rows = useMemo(() => (order === 'ascending' ? events : events.toReversed()), [events, order]);
  const rowHeight = compact ? COMPACT_ROW_HEIGHT : ROW_HEIGHT;
  const { scroller, head, range, reveal, printing } = useVirtualRows(rows.length, rowHeight);
  const scheme = useColorScheme();
  const byId = useMemo(
    () => new Map(categories.map((category) => [category.id, { category, color: categoryColorFor(category.color, scheme) }])),
    [categories, scheme],
  );
  const captionId = useId();

  // Follow the selection (from the timeline, the keys or a link), not every pan of the window.
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  useEffect(() => {
    if (!selectedId || !visible) return;
    const index = rowsRef.current.findIndex((event) => event.id === selectedId);
    if (index !== -1) reveal(index);
  }, [selectedId, visible, order, compact, reveal]);

  // A stable callback, so rows (memoised) re-render only when their own props change.
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const select = useCallback((event: TimelineEvent) => onSelectRef.current(event), []);
  const columns = compact ? 2 : 5;
  const newestFirst = order === 'descending';

  return (
    <div className={`event-list${compact ? ' event-list--compact' : ''}`} style={{ '--row-height': `${rowHeight}px` } as CSSProperties}>
      <div className="event-list__scroll" ref={scroller}>
        <table className="event-list__table" aria-rowcount={rows.length + 1} aria-labelledby={captionId}>
          <caption id={captionId} className="visually-hidden">
            {t('list.caption', { order: newestFirst ? t('list.latest') : t('list.earliest') })}
          </caption>
          <thead ref={head}>
            <tr aria-rowindex={1}>
              <th scope="col" className="event-list__date" aria-sort={order}>
                <button type="button" className="event-list__sort" onClick={() => setOrder(newestFirst ? 'ascending' : 'descending')}>
                  {t('list.date')}
                  <span aria-hidden="true" className="event-list__sort-icon">{newestFirst ? '↓' : '↑'}</span>
                  <span className="visually-hidden">{newestFirst ? t('list.latestFirst') : t('list.earliestFirst')}</span>
                </button>
              </th>
              <th scope="col">{t('list.event')}</th>
              {!compact && (
                <>
                  <th scope="col">{t('list.category')}</th>
                  <th scope="col">{t('panel.place')}</th>
                  <th scope="col">{t('panel.sources')}</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {range.before > 0 && (
              <tr className="event-list__spacer" aria-hidden="true">
                <td colSpan={columns} style={{ height: range.before }} />
              </tr>
            )}
            {rows.slice(range.start, range.end).map((event, offset) => {
              const known = byId.get(event.category);
              return (
                <EventListRow
                  key={event.id}
                  event={event}
                  category={known?.category}
                  color={known?.color}
                  rowIndex={range.start + offset + 2}
                  selected={event.id === selectedId}
                  query={query}
                  compact={compact}
                  onSelect={select}
                />
              );
            })}
            {range.after > 0 && (
              <tr className="event-list__spacer" aria-hidden="true">
                <td colSpan={columns} style={{ height: range.after }} />
              </tr>
            )}
          </tbody>
        </table>
        {rows.length === 0 && <div className="event-list__empty">{empty}</div>}
        {printing && range.end < rows.length && (
          <p className="event-list__print-note">{t('list.printNote', { shown: range.end, total: rows.length })}</p>
        )}
      </div>
    </div>
  );
}
