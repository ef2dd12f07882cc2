import { createReadStream } from 'node:fs';
import { createEventListSplitter } from '../../src/data/event-list-splitter.ts';
import { rowOfEvent, type ParquetValue } from '../../src/data/parquet-layout.ts';
import { readDataset } from '../../src/data/parse-dataset.ts';
import type { LoadWarning, RecordProblem } from '../../src/data/timeline-event.ts';

/**
 * Reads a file in our JSON format as a stream, record by record (event-list-splitter.ts), and
 * checks the records in batches with the app's own reader, keeping each checked event only as
 * a Parquet row (rowOfEvent): `convert --to parquet` of a 1M-event, several-hundred-MB export
 * never holds the text nor a million event objects. Ids are kept to catch duplicates across
 * batches. Undefined when the file is not ours or its header comes after its events (the
 * caller then reads it whole).
 */
export interface JsonRows {
  readonly header: Record<string, unknown>;
  readonly rows: ParquetValue[][];
  readonly skipped: RecordProblem[];
  readonly warnings: LoadWarning[];
}

const BATCH = 20_000;

export async function readJsonRows(path: string): Promise<JsonRows | undefined> {
  let header: Record<string, unknown> | undefined;
  let broken = false;
  let batch: string[] = [];
  let index = 0;
  const ids = new Set<string>();
  const rows: ParquetValue[][] = [];
  const skipped: RecordProblem[] = [];
  const warnings: LoadWarning[] = [];

  const check = () => {
    if (!header || batch.length === 0) return;
    const first = index;
    const reader = readDataset(header);
    for (const text of batch) {
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch {
        record = undefined; // the schema names it ("not an object")
      }
      reader.add(record);
    }
    index += batch.length;
    batch = [];
    const loaded = reader.finish()!;
    skipped.push(...loaded.skipped.map((problem) => ({ ...problem, index: problem.index + first })));
    warnings.push(...loaded.warnings.flatMap((warning) => (warning.index === undefined ? [] : [{ ...warning, index: warning.index + first }])));
    for (const event of loaded.dataset.events) {
      if (ids.has(event.id)) skipped.push({ index: first, id: event.id, field: 'id', reason: `duplicate id (an earlier record has "${event.id}")` });
      else {
        ids.add(event.id);
        rows.push(rowOfEvent(event));
      }
    }
  };

  const splitter = createEventListSplitter(
    (text) => {
      if (!header) broken = true;
      batch.push(text);
      if (batch.length >= BATCH) check();
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
  check();
  // The full header (keys after the events list too), for the footer.
  return { header: JSON.parse(rest) as Record<string, unknown>, rows, skipped, warnings };
}
