import { formatCount } from './format-count.ts';
import { describeRecordNote, type RecordNote } from './record-place.ts';

// A badly broken file could skip thousands of records; listing the first few hundred is enough
// to find the pattern, and keeps the page responsive.
const MAX_LISTED = 200;

/** A notice's "which records, and why" list, folded until asked for, at most MAX_LISTED long. */
export function RecordNotesDetails({ notes, summary }: { readonly notes: readonly RecordNote[]; readonly summary: string }) {
  const listed = notes.slice(0, MAX_LISTED);
  return (
    <details className="notice__details">
      <summary>{summary}</summary>
      <ul>
        {listed.map((note, position) => (
          <li key={position}>{describeRecordNote(note)}</li>
        ))}
      </ul>
      {notes.length > listed.length && <p>…and {formatCount(notes.length - listed.length)} more.</p>}
    </details>
  );
}
