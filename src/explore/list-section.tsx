import './list-section.css';
import { useId } from 'react';
import { EventList, type EventListProps } from './event-list.tsx';
import { formatCount } from '../ui/format-count.ts';

/** The list's own props, less what the section supplies itself (the empty-list message). */
export interface ListSectionProps extends Omit<EventListProps, 'empty'> {
  /** Any filter in force: the heading says so, and an empty list offers to clear them. */
  readonly filtered: boolean;
  readonly onClearFilters: () => void;
}

/** The list of the events in the timeline's window, with a heading that says what it holds. */
export function ListSection(props: ListSectionProps) {
  const { events, filtered, onClearFilters } = props;
  const headingId = useId();
  const count = formatCount(events.length);
  return (
    <section className="list-section" aria-labelledby={headingId}>
      <div className="list-section__header">
        <h2 id={headingId} className="list-section__title">
          Events in view
        </h2>
        <p className="list-section__count">
          {`${count} ${events.length === 1 ? 'event' : 'events'} in the timeline's window${filtered ? ', filtered' : ''}`}
        </p>
      </div>
      <EventList
        events={events}
        categories={props.categories}
        selectedId={props.selectedId}
        query={props.query}
        compact={props.compact}
        visible={props.visible}
        onSelect={props.onSelect}
        empty={
          <>
            {filtered ? 'No events in this window match the filters.' : 'No events in this window.'}
            {filtered && (
              <button type="button" className="list-section__clear" onClick={onClearFilters}>
                Clear filters
              </button>
            )}
          </>
        }
      />
    </section>
  );
}
