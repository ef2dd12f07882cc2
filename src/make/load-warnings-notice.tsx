import type { LoadWarning } from '../data/timeline-event.ts';
import { t, tn } from '../i18n/translate.ts';
import { RecordNotesDetails } from '../ui/record-notes-details.tsx';

/**
 * What was changed on the way in, though the data loaded: control characters that reorder text
 * removed, a link with a user name or password left out, changes out of order. The timeline
 * page keeps these to itself (its readers cannot fix them); an author can.
 */
export function LoadWarningsNotice({ warnings }: { readonly warnings: readonly LoadWarning[] }) {
  if (warnings.length === 0) return null;
  const count = warnings.length;
  return (
    <div className="notice notice--info" role="status">
      <p className="notice__title">{tn('make.changed', count)}</p>
      <p>{t('make.changedStill')}</p>
      <RecordNotesDetails notes={warnings} summary={t('make.changedWhich')} />
    </div>
  );
}
