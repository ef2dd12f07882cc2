import type { RecordProblem } from '../data/timeline-event.ts';
import { DismissibleNotice } from './dismissible-notice.tsx';
import { RecordNotesDetails } from './record-notes-details.tsx';
import { t, tn } from '../i18n/translate.ts';

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
        {tn('skipped.title', count)}
      </p>
      <p>
        {tn('skipped.why', count)}
      </p>
      <RecordNotesDetails notes={skipped} summary={t('skipped.which')} />
    </DismissibleNotice>
  );
}
