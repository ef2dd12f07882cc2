import type { RecordProblem } from '../data/timeline-event.ts';
import { DismissibleNotice } from './dismissible-notice.tsx';
import { formatCount } from '../i18n/format-count.ts';

// A badly broken file could skip thousands of records; listing the first few hundred is enough
// to find the pattern, and keeps the page responsive.
const MAX_LISTED = 200;

/** A spreadsheet's record by its row number, as the sheet shows it; any other by its index. */
function describe(problem: RecordProblem): string {
  const id = problem.id ? ` (${problem.id})` : '';
  const where = problem.row === undefined ? `Record #${problem.index}` : `Row ${problem.row}`;
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
        {count === 1 ? '1 record skipped' : `${formatCount(count)} records skipped`}
      </p>
      <p>
        {count === 1 ? 'It does' : 'They do'} not match the dataset format and {count === 1 ? 'is' : 'are'} not
        shown on the timeline.
      </p>
      <details className="notice__details">
        <summary>Which records, and why</summary>
        <ul>
          {listed.map((problem, position) => (
            <li key={position}>{describe(problem)}</li>
          ))}
        </ul>
        {count > listed.length && <p>…and {formatCount(count - listed.length)} more.</p>}
      </details>
    </DismissibleNotice>
  );
}
