import { createReadStream } from 'node:fs';
import { createEventListSplitter } from '../../src/data/event-list-splitter.ts';
import type { LoadWarning, RecordProblem } from '../../src/data/timeline-event.ts';
import { checkInBatches } from './checked-rows.ts';
import type { RunSpill, SortedRuns } from './sorted-runs.ts';

/**
 * Reads a file in our JSON format as a stream, record by record (event-list-splitter.ts), and
 * checks the records in batches with the app's own reader (checked-rows.ts), each checked
 * event handed on as a Parquet row, sorted in runs spilled to `spill.dir`: `convert --to
 * parquet` of a 1M-event, several-hundred-MB export never holds the text, a million event
 * objects nor a million rows. Undefined when the file is not ours
 * or its header comes after its events (the caller then reads it whole).
 */
export interface SourceRows {
  /** The dataset's header in our format (its events, if any, are not read). */
  readonly header: Record<string, unknown>;
  readonly rows: SortedRuns;
  readonly skipped: readonly RecordProblem[];
  readonly warnings: readonly LoadWarning[];
}

export async function readJsonRows(path: string, spill: RunSpill): Promise<SourceRows | undefined> {
  let header: Record<string, unknown> | undefined;
  let broken = false;
  let index = 0;
  const checked = checkInBatches(() => header, spill);

  const splitter = createEventListSplitter(
    (text) => {
      if (!header) broken = true;
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch {
        record = undefined; // the schema names it ("not an object")
      }
      if (!broken) checked.add(record, { index: index++ });
    },
    (head) => {
      try {
        const parsed: unknown = JSON.parse(`${head}]}`);
        if (parsed && typeof parsed === 'object' && Object.hasOwn(parsed, 'version')) header = parsed as Record<string, unknown>;
      } catch {
        // A key still to come after the events: read whole.
      }
    },
  );
  for await (const piece of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    splitter.push(piece as string);
    if (broken) return undefined;
  }
  const rest = splitter.end();
  if (rest === undefined || !header) return undefined;
  checked.flush();
  // The full header (keys after the events list too), for the footer.
  return { header: JSON.parse(rest) as Record<string, unknown>, rows: checked.rows, skipped: checked.skipped, warnings: checked.warnings };
}
