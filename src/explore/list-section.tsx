import './list-section.css';
import { useId } from 'react';
import { useWindowControl } from '../timeline/view/use-view-window.ts';
import { useLoadedDataset, useSelectedEvent } from '../view-store/use-loaded-dataset.ts';
import { useViewSettings } from '../view-store/use-view-store.ts';
import { EventList, type EventListProps } from './event-list.tsx';
import { useEventsInView, useExplore } from './use-explore.ts';
import { t, tn } from '../i18n/translate.ts';

/** How the screen lays the list out; what it lists comes from the view store and the dataset. */
export type ListSectionProps = Pick<EventListProps, 'compact' | 'visible'>;

/**
 * The list of the events in the timeline's window, with a heading that says what it holds
 * (and whether filters narrow it); choosing a row opens its event and brings it into view.
 */
export function ListSection({ compact, visible }: ListSectionProps) {
  const events = useEventsInView();
  const { categories } = useLoadedDataset().dataset;
  const { active: filtered, clear: onClearFilters } = useExplore();
  const { reveal } = useWindowControl();
  const selectedId = useSelectedEvent()?.id;
  const { query } = useViewSettings();
  const headingId = useId();
  return (
    <section className="list-section" aria-labelledby={headingId}>
      <div className="list-section__header">
        <h2 id={headingId} className="list-section__title">
          {t('list.title')}
        </h2>
        <p className="list-section__count">
          {tn('list.count', events.length) + (filtered ? t('list.filtered') : '')}
        </p>
      </div>
      <EventList
        events={events}
        categories={categories}
        selectedId={selectedId}
        query={query}
        compact={compact}
        visible={visible}
        onSelect={reveal}
        empty={
          <>
            {filtered ? t('list.noneFiltered') : t('list.none')}
            {filtered && (
              <button type="button" className="list-section__clear" onClick={onClearFilters}>
                {t('filters.clear')}
              </button>
            )}
          </>
        }
      />
    </section>
  );
}
