import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { ParquetValue } from '../../src/data/parquet-layout.ts';
import { mergeRuns } from './merge-runs.ts';
import { encodeRow, fileCursor, memoryCursor, writeRunFile } from './run-file.ts';

/**
 * The rows of `convert --to parquet`, sorted by time in bounded memory: they come in the
 * source's order, are kept as runs of `runRows` rows (each row as its line of text, run-file.ts,
 * with its start and stop beside it for the sort), and each full run is sorted and spilled to a
 * file in the temporary directory; `sorted()` then merges the runs (merge-runs.ts). Memory is
 * one run plus a piece of each spilled run, whatever the number of events (README, "Millions
 * of events: Parquet", has the figures). A source of one run is sorted in memory and never touches
 * the disk. The order is one stable sort by start, then stop, of all the rows as they came.
 */

/** Where runs go and how long they are: RUN_ROWS, except in tests that force many runs. */
export interface RunSpill {
  readonly dir: string;
  readonly runRows: number;
}

/**
 * Rows per run: a 39 MB file of a template CSV's rows. Measured at a million template
 * rows (peak memory, `/usr/bin/time -v`): runs of 20,000 rows 0.79 GB, 100,000 0.91–1.13 GB, 250,000
 * 1.21 GB, for the same CPU time; V8 lets its heap grow to about three times what it keeps.
 * A hundred runs at ten million rows, each read back a piece at a time.
 */
export const RUN_ROWS = 100_000;

export interface SortedRuns {
  /** The next row of the source (its values in PARQUET_COLUMNS order). */
  add(row: readonly ParquetValue[]): void;
  /** How many rows were added. */
  readonly count: number;
  /** Every row in time order, in batches; once only, after the last `add`. */
  sorted(): AsyncGenerator<ParquetValue[][]>;
}

export function createSortedRuns({ dir, runRows }: RunSpill): SortedRuns {
  let lines: string[] = [];
  let starts: number[] = [];
  let stops: number[] = [];
  const files: string[] = [];
  let folder: string | undefined;
  let count = 0;

  /** The run's rows by time; ties in the order they came (the index breaks them). */
  const order = () =>
    Array.from(lines.keys()).sort((a, b) => starts[a]! - starts[b]! || stops[a]! - stops[b]! || a - b);

  function spill() {
    folder ??= mkdtempSync(join(dir, 'runs-'));
    const path = join(folder, `${files.length}.jsonl`);
    writeRunFile(path, lines, order());
    files.push(path);
    lines = [];
    starts = [];
    stops = [];
  }

  return {
    add(row) {
      lines.push(encodeRow(row));
      starts.push(row[0] as number);
      stops.push(row[1] as number);
      count++;
      if (lines.length === runRows) spill();
    },
    get count() {
      return count;
    },
    sorted() {
      // The last run stays in memory: it comes after every spilled one, as its rows did.
      return mergeRuns([...files.map(fileCursor), memoryCursor(lines, order())]);
    },
  };
}
