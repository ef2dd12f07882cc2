import type { LoadWarning } from '../data/timeline-event.ts';
import { formatCount } from '../ui/format-count.ts';
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
      <p className="notice__title">{count === 1 ? '1 thing changed while reading' : `${formatCount(count)} things changed while reading`}</p>
      <p>The records still show; fix the source if the change is not what you meant.</p>
      <RecordNotesDetails notes={warnings} summary="What, and where" />
    </div>
  );
}
