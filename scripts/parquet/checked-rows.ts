import { rowOfEvent } from '../../src/data/parquet-layout.ts';
import { readDataset } from '../../src/data/parse-dataset.ts';
import type { LoadWarning, RecordProblem } from '../../src/data/timeline-event.ts';
import { createSortedRuns, type RunSpill, type SortedRuns } from './sorted-runs.ts';

/**
 * Records in our format checked a batch at a time with the app's own reader (readDataset),
 * each checked event handed on as a Parquet row (rowOfEvent) to be sorted by time in runs
 * (sorted-runs.ts): what `convert --to parquet` holds of a source it streams (json-rows.ts,
 * csv-rows.ts) is a batch of records and a run of rows, never the text nor a million events. One set of ids across the batches finds a duplicate anywhere, and each report
 * names the record where the source has it: its index, and for a sheet its row.
 */

/** Where a record is in its source: its index in reports, and a sheet's row number. */
export interface RecordSource {
  readonly index: number;
  readonly row?: number;
}

export interface CheckedRows {
  /** The checked events' rows, to be read back in time order. */
  readonly rows: SortedRuns;
  readonly skipped: RecordProblem[];
  readonly warnings: LoadWarning[];
  /** The next record, checked with the others of its batch. */
  add(record: unknown, source: RecordSource): void;
  /** Checks what is left: call once the last record is in. */
  flush(): void;
}

export const CHECK_BATCH = 20_000;

/**
 * `header()` is asked at each batch: an importer's header grows as the rows come (an ACLED
 * export's categories). The runs are spilled into `spill.dir`.
 */
export function checkInBatches(header: () => unknown, spill: RunSpill): CheckedRows {
  const seenIds = new Set<string>();
  const rows = createSortedRuns(spill);
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
    // Sorted by time within the batch (stably), which the final sort keeps. A row is kept as
    // its text (run-file.ts), a string of its own: cells papaparse cut from a piece of the text
    // would otherwise keep the whole piece alive.
    for (const event of loaded.dataset.events) rows.add(rowOfEvent(event));
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
