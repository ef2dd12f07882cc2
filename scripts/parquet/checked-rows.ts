import { rowOfEvent, type ParquetValue } from '../../src/data/parquet-layout.ts';
import { readDataset } from '../../src/data/parse-dataset.ts';
import type { LoadWarning, RecordProblem } from '../../src/data/timeline-event.ts';

/**
 * Records in our format checked a batch at a time with the app's own reader (readDataset),
 * each checked event kept only as a Parquet row (rowOfEvent): what `convert --to parquet`
 * holds of a source it streams (json-rows.ts, csv-rows.ts), never the text nor a million
 * event objects. One set of ids across the batches finds a duplicate anywhere, and each report
 * names the record where the source has it: its index, and for a sheet its row.
 */

/** Where a record is in its source: its index in reports, and a sheet's row number. */
export interface RecordSource {
  readonly index: number;
  readonly row?: number;
}

export interface CheckedRows {
  /** The rows in the order their records came (sort them by time before writing). */
  readonly rows: ParquetValue[][];
  readonly skipped: RecordProblem[];
  readonly warnings: LoadWarning[];
  /** The next record, checked with the others of its batch. */
  add(record: unknown, source: RecordSource): void;
  /** Checks what is left: call once the last record is in. */
  flush(): void;
}

export const CHECK_BATCH = 20_000;

/**
 * A string of its own. A cell papaparse cuts from a piece of the text is, in V8, a slice that
 * keeps the whole piece alive: a million kept rows would keep every piece, the whole text. A
 * copy (JSON's, which keeps any character as it is) lets each piece go.
 */
const own = (value: ParquetValue) => (typeof value === 'string' && value.length >= 13 ? (JSON.parse(JSON.stringify(value)) as string) : value);

/** `header()` is asked at each batch: an importer's header grows as the rows come (an ACLED export's categories). */
export function checkInBatches(header: () => unknown): CheckedRows {
  const seenIds = new Set<string>();
  const rows: ParquetValue[][] = [];
  const skipped: RecordProblem[] = [];
  const warnings: LoadWarning[] = [];
  let records: unknown[] = [];
  let sources: RecordSource[] = [];
  const at = <T extends { readonly index: number }>(found: T) => {
    const source = sources[found.index]!;
    return { ...found, index: source.index, ...(source.row !== undefined && { row: source.row }) };
  };

  // Also with no records: the header is checked (and a bad one throws, as the app refuses it).
  function flush() {
    const reader = readDataset(header(), seenIds);
    for (const record of records) reader.add(record);
    const loaded = reader.finish()!;
    skipped.push(...loaded.skipped.map(at));
    for (const warning of loaded.warnings) if (warning.index !== undefined) warnings.push(at(warning as LoadWarning & { index: number }));
    // Sorted by time within the batch (stably), which the final sort keeps.
    for (const event of loaded.dataset.events) rows.push(rowOfEvent(event).map(own));
    records = [];
    sources = [];
  }

  return {
    rows,
    skipped,
    warnings,
    add(record, source) {
      records.push(record);
      sources.push(source);
      if (records.length >= CHECK_BATCH) flush();
    },
    flush,
  };
}
