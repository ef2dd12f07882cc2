import type { RecordProblem } from '../data/timeline-event.ts';
import { DismissibleNotice } from '../ui/dismissible-notice.tsx';
import { SkippedRecordsNotice } from '../ui/skipped-records-notice.tsx';
import { t } from '../i18n/translate.ts';
import { useLaterMessages } from '../i18n/use-later-messages.ts';
import type { LinkProblem } from '../view-store/view-state.ts';

interface ScreenNoticesProps {
  /** Plain-text notes about parts of the link that were dropped. */
  readonly notes: readonly LinkProblem[];
  /** The explore model's own note (a category the dataset lacks), already in words. */
  readonly modelNote?: string;
  /** The id in the path when no event has it. */
  readonly missingId?: string;
  readonly onDismissMissing: () => void;
  readonly skipped: readonly RecordProblem[];
}

/** What the reader should know about the link and the data before reading the timeline. */
export function ScreenNotices({ notes: problems, modelNote, missingId, onDismissMissing, skipped }: ScreenNoticesProps) {
  // Their words are in the later messages (i18n/messages-en-later.ts): asked for only when a notice shows.
  const ready = useLaterMessages(problems.length > 0 || missingId !== undefined || skipped.length > 0);
  if (!ready) return <div className="notices" />;
  const notes = [...problems.map((problem) => t(problem)), ...(modelNote ? [modelNote] : [])];
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
