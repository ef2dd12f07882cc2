import './event-corrections.css';
import { Link } from 'react-router';
import { eventChangeNotes } from '../data/event-change-notes.ts';
import { formatCalendarDate } from '../data/format-date.ts';
import type { TimelineEvent } from '../data/timeline-event.ts';
import { changesPagePath } from '../view-store/permalink.ts';
import { usePanelDataset } from './panel-dataset.ts';
import { activeLanguage, t } from '../i18n/translate.ts';
import { ownTextLanguage } from '../data/localize-dataset.ts';

/**
 * The event's public record in its panel: "Corrected 7 Dec 2026: <summary>" for each change the
 * dataset lists for it, or "Updated <date>", each linked to its entry on the Corrections page.
 */
export function EventCorrections({ event }: { event: TimelineEvent }) {
  const { dataset, dataUrl } = usePanelDataset();
  const notes = eventChangeNotes(event, dataset.changes);
  if (notes.length === 0) return null;
  return (
    <ul className="event-corrections" aria-label={t('corrections.title')}>
      {notes.map((note, index) => (
        <li key={note.anchor ?? index}>
          <Link to={changesPagePath(dataUrl, note.anchor, activeLanguage())}>
            {note.kind === 'corrected' ? t('corrections.corrected') : t('corrections.updated')} <time dateTime={note.date.text}>{formatCalendarDate(note.date)}</time>
          </Link>
          {note.summary && (
            <>
              {': '}
              <span className="event-corrections__summary" dir="auto" lang={ownTextLanguage(dataset, activeLanguage())}>
                {note.summary}
              </span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
