import { useId, type ReactNode, type Ref } from 'react';
import type { Category, Casualties, Place, TimelineEvent } from '../data/timeline-event.ts';
import { claimStatusMeaning } from '../data/claim-status.ts';
import { describePrecision, formatEventDate } from '../data/format-date.ts';
import { categoryColorFor } from '../ui/category-color.ts';
import { useColorScheme } from '../ui/use-color-scheme.ts';
import { HighlightedText } from './highlighted-text.tsx';
import { ShareInline } from '../ui/share-menu.tsx';
import { StatusSwatch } from '../ui/status-swatch.tsx';
import { SourceItem } from './source-item.tsx';
import { EventCorrections } from './event-corrections.tsx';
import { EventCite } from './event-cite.tsx';
import { activeLanguage, t, tn } from '../i18n/translate.ts';
import { languageName } from '../i18n/languages.ts';
import { untranslatedLanguage } from '../data/localize-dataset.ts';
import { usePanelDataset } from './panel-dataset.ts';

export interface EventPanelProps {
  readonly event: TimelineEvent;
  readonly category: Category | undefined;
  /** `index` is 0-based in the Previous/Next order; shown as "3 of 59" (index 2). */
  readonly position: { readonly index: number; readonly total: number };
  readonly onPrevious?: () => void;
  readonly onNext?: () => void;
  readonly onClose: () => void;
  /** The title takes focus when the panel opens (tabIndex -1), so readers land on it. */
  readonly headingRef?: Ref<HTMLHeadingElement>;
  /** Extra actions (e.g. Share), shown under the sources. */
  readonly children?: ReactNode;
  /** The search text, whose matches are marked in the title and summary. */
  readonly query?: string;
}

function placeText(place: Place): string {
  const { name, country } = place;
  return country && !name.toLowerCase().includes(country.toLowerCase()) ? `${name}, ${country}` : name;
}

function CasualtyFacts({ casualties }: { casualties: Casualties }) {
  const figures = [
    casualties.killed !== undefined && tn('panel.killedCount', casualties.killed),
    casualties.injured !== undefined && tn('panel.injuredCount', casualties.injured),
  ].filter((part): part is string => !!part);
  const note = casualties.note?.trim();
  if (figures.length === 0 && !note) return null;
  // A figure is only as good as who gives it: the attribution note always travels with it.
  return (
    <>
      <dt>{t('panel.casualties')}</dt>
      <dd>
        {figures.length > 0 && <span className="event-casualties__figures">{figures.join(t('panel.listSeparator'))}</span>}
        <span className="event-casualties__note" dir="auto">{note || t('panel.noAttribution')}</span>
      </dd>
    </>
  );
}

/** Everything known about one event, each statement with who makes it. */
export function EventPanel(props: EventPanelProps) {
  const { event, category, position, onPrevious, onNext, onClose, headingRef, children, query = '' } = props;
  const titleId = useId();
  const scheme = useColorScheme();
  const precision = describePrecision(event.date, event.approximate);
  const place = event.place;
  const approximatePlace = place?.precision === 'area' || place?.precision === 'region';
  // Text the data does not translate into the page's language is shown as written, and says so.
  const { dataset } = usePanelDataset();
  const language = activeLanguage();
  const titleLanguage = untranslatedLanguage(event, 'title', dataset, language);
  const summaryLanguage = event.summary.trim() ? untranslatedLanguage(event, 'summary', dataset, language) : undefined;
  const original = titleLanguage ?? summaryLanguage;
  return (
    <aside
      className="event-panel"
      aria-labelledby={titleId}
      onKeyDown={(keyEvent) => keyEvent.key === 'Escape' && !keyEvent.defaultPrevented && onClose()}
    >
      <div className="event-panel__header">
        <p className="event-category">
          {category && (
            <span className="event-category__swatch" style={{ color: categoryColorFor(category.color, scheme) }} aria-hidden="true" />
          )}
          <bdi>{category?.label ?? event.category}</bdi>
        </p>
        <button type="button" className="button button--quiet button--icon" aria-label={t('panel.close')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <h2 id={titleId} ref={headingRef} tabIndex={-1} className="event-panel__title" dir="auto" lang={titleLanguage}>
        <HighlightedText text={event.title} query={query} />
      </h2>
      {original && <p className="event-panel__original">{t('panel.original', { language: languageName(original, language) })}</p>}
      <p className="event-date">
        <time dateTime={event.date.text}>{formatEventDate(event.date, event.end, event.approximate)}</time>
        {precision && <span className="event-date__precision">{precision}</span>}
      </p>
      <EventCorrections event={event} />
      <dl className="event-facts">
        {event.status && (
          <>
            <dt>{t('panel.status')}</dt>
            <dd className="event-status">
              <span className="event-status__name">
                <StatusSwatch status={event.status} />
                {claimStatusMeaning(event.status).label}
              </span>
              <span className="event-status__definition">{claimStatusMeaning(event.status).definition}</span>
            </dd>
          </>
        )}
        {place && (
          <>
            <dt>{t('panel.place')}</dt>
            <dd>
              <bdi>{placeText(place)}</bdi>
              {approximatePlace && <span className="event-facts__qualifier">{t('panel.approximatePlace')}</span>}
            </dd>
          </>
        )}
        {event.actors.length > 0 && (
          <>
            <dt>{t('panel.actors')}</dt>
            <dd>
              {event.actors.map((actor, index) => (
                <span key={index}>
                  {index > 0 && t('panel.listSeparator')}
                  <bdi>{actor}</bdi>
                </span>
              ))}
            </dd>
          </>
        )}
        {event.casualties && <CasualtyFacts casualties={event.casualties} />}
      </dl>
      {event.summary.trim() && (
        <p className="event-summary" dir="auto" lang={summaryLanguage}>
          <HighlightedText text={event.summary} query={query} />
        </p>
      )}
      <h3 className="event-panel__subheading">{t('panel.sources')}</h3>
      <ul className="source-list">
        {event.sources.map((source, index) => (
          <SourceItem key={index} source={source} />
        ))}
      </ul>
      <div className="event-panel__actions">
        {children && <ShareInline value>{children}</ShareInline>}
        <EventCite event={event} />
      </div>
      <footer className="event-panel__footer">
        <button type="button" className="button" onClick={onPrevious} disabled={!onPrevious}>
          <span aria-hidden="true">{t('panel.arrowPrevious')}</span>
          {t('panel.previous')}
        </button>
        {position.index >= 0 && position.total > 0 && (
          <span className="event-panel__position">{t('panel.position', { index: position.index + 1, total: position.total })}</span>
        )}
        <button type="button" className="button" onClick={onNext} disabled={!onNext}>
          {t('panel.next')}
          <span aria-hidden="true">{t('panel.arrowNext')}</span>
        </button>
      </footer>
    </aside>
  );
}
