import type { RecordProblem } from '../data/timeline-event.ts';
import { DismissibleNotice } from './dismissible-notice.tsx';
import { t, tn } from '../i18n/translate.ts';

// A badly broken file could skip thousands of records; listing the first few hundred is enough
// to find the pattern, and keeps the page responsive.
const MAX_LISTED = 200;

/** A spreadsheet's record by its row number, as the sheet shows it; any other by its index. */
function describe(problem: RecordProblem): string {
  const id = problem.id ? ` (${problem.id})` : '';
  const where = problem.row === undefined ? t('skipped.record', { index: problem.index }) : t('skipped.row', { row: problem.row });
  return `${where}${id}: ${problem.field} — ${problem.reason}`;
}

/**
 * Says that some records in the data did not pass the checks and are not on the timeline, so
 * the reader (or the data's editor) knows the view is incomplete, and why.
 */
export function SkippedRecordsNotice({ skipped }: { skipped: readonly RecordProblem[] }) {
  if (skipped.length === 0) return null;
  const count = skipped.length;
  const listed = skipped.slice(0, MAX_LISTED);
  return (
    <DismissibleNotice tone="warning" role="status">
      <p className="notice__title">
        {tn('skipped.title', count)}
      </p>
      <p>
        {tn('skipped.why', count)}
      </p>
      <details className="notice__details">
        <summary>{t('skipped.which')}</summary>
        <ul>
          {listed.map((problem, position) => (
            <li key={position}>{describe(problem)}</li>
          ))}
        </ul>
        {count > listed.length && <p>{t('skipped.more', { count: count - listed.length })}</p>}
      </details>
    </DismissibleNotice>
  );
}
