import type { RecordProblem } from '../data/timeline-event.ts';
import { DismissibleNotice } from './dismissible-notice.tsx';
import { formatCount } from './format-count.ts';
import { RecordNotesDetails } from './record-notes-details.tsx';

/**
 * Says that some records in the data did not pass the checks and are not on the timeline, so
 * the reader (or the data's editor) knows the view is incomplete, and why.
 */
export function SkippedRecordsNotice({ skipped }: { skipped: readonly RecordProblem[] }) {
  if (skipped.length === 0) return null;
  const count = skipped.length;
  return (
    <DismissibleNotice tone="warning" role="status">
      <p className="notice__title">
        {count === 1 ? '1 record skipped' : `${formatCount(count)} records skipped`}
      </p>
      <p>
        {count === 1 ? 'It does' : 'They do'} not match the dataset format and {count === 1 ? 'is' : 'are'} not
        shown on the timeline.
      </p>
      <RecordNotesDetails notes={skipped} summary="Which records, and why" />
    </DismissibleNotice>
  );
}
