import './changes-page.css';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { datasetChangeAnchors } from '../data/event-change-notes.ts';
import { formatCalendarDate } from '../data/format-date.ts';
import type { Dataset } from '../data/timeline-event.ts';
import { eventPagePath, timelinePagePath } from '../view-store/permalink.ts';
import { activeLanguage, t } from '../i18n/translate.ts';

/**
 * The Corrections page's content (changes-page.tsx loads it): the dataset's changes, newest
 * first, each entry with its anchor (the Atom feed and the event panel link to it) and links to
 * the events it touched; an empty state when the dataset lists none.
 */
export function ChangesList({ dataset, dataUrl }: { dataset: Dataset; dataUrl: string | undefined }) {
  const { hash } = useLocation();
  const anchors = datasetChangeAnchors(dataset.changes);
  const titles = new Map(dataset.events.map((event) => [event.id, event.title]));
  const target = decodeURIComponent(hash.slice(1));
  const language = activeLanguage();
  // A link from an event's panel names an entry: bring it into view once it is on the page (the
  // router changes the address without the browser's own jump to the fragment).
  useEffect(() => {
    if (target) document.getElementById(target)?.scrollIntoView({ block: 'start' });
  }, [target]);
  return (
    <>
      <header className="changes-page__header">
        <p>
          <Link to={timelinePagePath(dataUrl, language)}>
            <span aria-hidden="true">{t('panel.arrowPrevious')}</span>
            <bdi>{dataset.title}</bdi>
          </Link>
        </p>
        <h1>{t('corrections.title')}</h1>
        <p className="changes-page__revision">
          {dataset.revision ? (
            <>
              {t('changes.currentRevision')} <bdi>{dataset.revision}</bdi>.{' '}
            </>
          ) : null}
          {t('changes.intro')}
        </p>
      </header>
      <main>
        {dataset.changes.length === 0 ? (
          <p className="changes-page__empty">{t('changes.none')}</p>
        ) : (
          <ol className="changes-list">
            {dataset.changes.map((change, index) => (
              <li key={anchors[index]} id={anchors[index]} className={anchors[index] === target ? 'changes-list__entry changes-list__entry--target' : 'changes-list__entry'}>
                <h2 className="changes-list__date">
                  <time dateTime={change.date.text}>{formatCalendarDate(change.date)}</time>
                </h2>
                <p dir="auto">{change.summary}</p>
                {change.events.length > 0 && (
                  <ul className="changes-list__events" aria-label={t('changes.events')}>
                    {change.events.map((id) => (
                      <li key={id}>
                        {titles.has(id) ? (
                          <Link to={eventPagePath(id, dataUrl, language)}>
                            <bdi>{titles.get(id)}</bdi>
                          </Link>
                        ) : (
                          <span>
                            <bdi>{id}</bdi>
                            {t('changes.gone')}
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </main>
    </>
  );
}
