import Papa from 'papaparse';
import { columnKey, delimiterOf } from '../data/detect-format.ts';
import type { RecordProblem } from '../data/timeline-event.ts';
import { csvRowProblems } from './csv-row-problems.ts';

/**
 * A spreadsheet as the importers of sheets see it, whatever it came as (CSV, tab-separated
 * text, .xlsx): the header's column keys and the data rows as trimmed text, each with its row
 * number as the sheet shows it (the header is row 1), so that a skipped row is named the way
 * its author finds it. Empty rows are left out silently; they still count in the numbering.
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

/** Rows of text cells (row numbers from 1) → a table: the first non-empty row is the header. */
export function tableOfRows(rows: readonly (readonly string[])[], unreadable: ReadonlyMap<number, string> = new Map()): SheetTable {
  const isEmpty = (cells: readonly string[]) => cells.every((cell) => cell === '');
  const headerAt = rows.findIndex((cells) => !isEmpty(cells));
  const keys = headerAt === -1 ? [] : rows[headerAt]!.map(columnKey);
  const data: SheetRow[] = [];
  const problems: RecordProblem[] = [];
  for (let i = headerAt + 1; headerAt !== -1 && i < rows.length; i += 1) {
    const row = i + 1;
    const problem = unreadable.get(i);
    if (problem) problems.push({ index: dataIndex(row, headerAt + 1), row, field: '(row)', reason: problem });
    else if (!isEmpty(rows[i]!)) data.push({ row, cells: rows[i]! });
  }
  return { keys, rows: data, problems };
}

/** CSV (comma or semicolon) or tab-separated text → a table, read with papaparse. */
export function textTable(text: string): SheetTable {
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.trimStart().split(/\r?\n/, 1)[0] ?? '';
  const parsed = Papa.parse<string[]>(clean, { delimiter: delimiterOf(firstLine), skipEmptyLines: false });
  const rows = parsed.data.map((cells) => cells.map((cell) => cell.trim()));
  return tableOfRows(rows, csvRowProblems(parsed.errors, rows.length, rows[0]?.length ?? 0));
}

/** A table's cell by column key ('' when the column or the cell is missing). */
export function cellOf(table: SheetTable, row: SheetRow, key: string): string {
  const at = table.keys.indexOf(key);
  return at === -1 ? '' : (row.cells[at] ?? '');
}
