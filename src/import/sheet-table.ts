import Papa from 'papaparse';
import { columnKey, delimiterOf } from '../data/detect-format.ts';
import type { RecordProblem } from '../data/timeline-event.ts';
import { rowSteps } from './csv-row-problems.ts';

/**
 * A spreadsheet as the importers of sheets see it, whatever it came as (CSV, tab-separated
 * text, .xlsx): the header's column keys and the data rows as trimmed text, each with its row
 * number as the sheet shows it (the header is row 1), so that a skipped row is named the way
 * its author finds it. Empty rows are left out silently; they still count in the numbering.
 * Read row by row (sheetRowReader), so a stream of CSV (scripts/parquet/csv-rows.ts) gives
 * the rows a whole text does.
 */
export interface SheetRow {
  readonly row: number;
  readonly cells: readonly string[];
}

export interface SheetTable {
  /** The header's cells as keys (columnKey: "End Year" → "end_year"). */
  readonly keys: readonly string[];
  readonly rows: readonly SheetRow[];
  /** Rows that could not be read at all (a quote never closed). */
  readonly problems: readonly RecordProblem[];
}

/** The data row index (from 0, after the header) of a sheet row: the `index` of reports. */
export function dataIndex(row: number, headerRow: number): number {
  return row - headerRow - 1;
}

export interface SheetRowReader {
  /** The header's keys, once its row has come. */
  readonly keys: readonly string[] | undefined;
  /** The next row's cells (rows count from 1), with why it cannot be read if so. */
  next(cells: readonly string[], problem?: string): void;
}

const isEmpty = (cells: readonly string[]) => cells.every((cell) => cell === '');

/**
 * Rows of text cells, one at a time: the first non-empty row is the header; after it, each
 * data row goes to `onRow` and each row that cannot be read to `onProblem`.
 */
export function sheetRowReader(onRow: (row: SheetRow) => void, onProblem: (problem: RecordProblem) => void): SheetRowReader {
  let keys: string[] | undefined;
  let headerRow = 0;
  let row = 0;
  return {
    get keys() {
      return keys;
    },
    next(cells, problem) {
      row += 1;
      if (!keys) {
        if (!isEmpty(cells)) {
          keys = cells.map(columnKey);
          headerRow = row;
        }
      } else if (problem) onProblem({ index: dataIndex(row, headerRow), row, field: '(row)', reason: problem });
      else if (!isEmpty(cells)) onRow({ row, cells });
    },
  };
}

/** A table of the rows that `feed` hands to the reader. */
function tableOf(feed: (next: SheetRowReader['next']) => void): SheetTable {
  const rows: SheetRow[] = [];
  const problems: RecordProblem[] = [];
  const reader = sheetRowReader((row) => rows.push(row), (problem) => problems.push(problem));
  feed(reader.next);
  return { keys: reader.keys ?? [], rows, problems };
}

/** Rows of text cells (an .xlsx sheet's) → a table. */
export function tableOfRows(rows: readonly (readonly string[])[]): SheetTable {
  return tableOf((next) => rows.forEach((cells) => next(cells)));
}

/**
 * How papaparse reads our sheets as CSV (comma or semicolon) or tab-separated text, from the
 * text's start (enough to hold its first line).
 */
export function sheetCsvConfig(start: string) {
  const firstLine = start.trimStart().split(/\r?\n/, 1)[0] ?? '';
  return { delimiter: delimiterOf(firstLine), skipEmptyLines: false } as const;
}

/** Papa's step for a sheet: each row's cells, trimmed, with its problem, to `next`. */
export function sheetSteps(next: SheetRowReader['next']) {
  return rowSteps<string[]>((cells, problem) => next(cells.map((cell) => cell.trim()), problem));
}

/** CSV (comma or semicolon) or tab-separated text → a table, read with papaparse. */
export function textTable(text: string): SheetTable {
  const clean = text.replace(/^\uFEFF/, '');
  return tableOf((next) => Papa.parse<string[]>(clean, { ...sheetCsvConfig(clean), step: sheetSteps(next) }));
}

/** A table's cell by column key ('' when the column or the cell is missing). */
export function cellOf(table: { readonly keys: readonly string[] }, row: SheetRow, key: string): string {
  const at = table.keys.indexOf(key);
  return at === -1 ? '' : (row.cells[at] ?? '');
}
