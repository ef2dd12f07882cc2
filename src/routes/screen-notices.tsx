import type { RecordProblem } from '../data/timeline-event.ts';
import { DismissibleNotice } from '../ui/dismissible-notice.tsx';
import { SkippedRecordsNotice } from '../ui/skipped-records-notice.tsx';
import { t } from '../i18n/translate.ts';

interface ScreenNoticesProps {
  /** Plain-text notes about parts of the link that were dropped. */
  readonly notes: readonly string[];
  /** The id in the path when no event has it. */
  readonly missingId?: string;
  readonly onDismissMissing: () => void;
  readonly skipped: readonly RecordProblem[];
}

/** What the reader should know about the link and the data before reading the timeline. */
export function ScreenNotices({ notes, missingId, onDismissMissing, skipped }: ScreenNoticesProps) {
  return (
    <div className="notices">
      {notes.length > 0 && (
        // Keyed by its text, so a new problem shows again after an earlier one was dismissed.
        <DismissibleNotice key={notes.join(' ')} tone="info" role="status">
          {notes.join(' ')}
        </DismissibleNotice>
      )}
      {missingId !== undefined && (
        <DismissibleNotice tone="warning" role="alert" onDismiss={onDismissMissing}>
          {t('notice.missingEvent', { id: missingId })}
        </DismissibleNotice>
      )}
      <SkippedRecordsNotice skipped={skipped} />
    </div>
  );
}
