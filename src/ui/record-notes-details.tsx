import { recordWhat, recordWhere, type RecordNote } from './record-place.ts';
import { activeLanguage, t } from '../i18n/translate.ts';

// A badly broken file could skip thousands of records; listing the first few hundred is enough
// to find the pattern, and keeps the page responsive.
const MAX_LISTED = 200;

/**
 * A notice's "which records, and why" list, folded until asked for, at most MAX_LISTED long.
 * Each record is named in the page's language; the field and the reason are the validator's
 * words, in English (data/schema-issue.ts and the checks word them for the command line too), so
 * on a page in another language they are marked as English and the list says so.
 */
export function RecordNotesDetails({ notes, summary }: { readonly notes: readonly RecordNote[]; readonly summary: string }) {
  const listed = notes.slice(0, MAX_LISTED);
  return (
    <details className="notice__details">
      <summary>{summary}</summary>
      {activeLanguage() !== 'en' && <p className="notice__detail">{t('skipped.reasonsInEnglish')}</p>}
      <ul>
        {listed.map((note, position) => (
          <li key={position}>
            {recordWhere(note)}:{' '}
            <span lang="en" dir="ltr" className="english-detail__text">
              {recordWhat(note)}
            </span>
          </li>
        ))}
      </ul>
      {notes.length > listed.length && <p>{t('skipped.more', { count: notes.length - listed.length })}</p>}
    </details>
  );
}
