import { sheetFormatOf, textSheetFormat } from '../../src/data/detect-format.ts';
import { DatasetFormatError } from '../../src/data/parse-dataset.ts';
import { readFailure } from '../../src/data/read-failure.ts';
import type { RecordProblem } from '../../src/data/timeline-event.ts';
import type { AcledRow } from '../../src/import/acled-event.ts';
import { ACLED_CSV, acledSteps } from '../../src/import/acled-import.ts';
import { sheetCsvConfig, sheetRowReader, sheetSteps, type SheetRow } from '../../src/import/sheet-table.ts';
import { templateSheetReader, type TemplateSheetReader } from '../../src/import/sheet-template-import.ts';
import { checkInBatches } from './checked-rows.ts';
import { parseCsvFile, textStart } from './csv-stream.ts';
import type { SourceRows } from './json-rows.ts';
import type { RunSpill } from './sorted-runs.ts';

/**
 * An ACLED export or a sheet in our template, as CSV, streamed into Parquet rows: each row
 * goes through the importer's row reader (src/import/acled-import.ts, sheet-template-import.ts,
 * the same code that reads a whole file) and is checked in batches (checked-rows.ts), so the
 * events, the report and the categories are the whole-file path's, in bounded memory (the
 * rows sorted in runs spilled to `spill.dir`). Our
 * template is read twice (its title and category rows may come after the events they name);
 * an ACLED export once. Undefined for any other source (the caller reads it whole); a source
 * that cannot be used throws DatasetFormatError (the caller then reads it whole for the app's
 * own message).
 */
export interface CsvRows extends SourceRows {
  readonly format: 'acled-csv' | 'sheet';
}

/** Not one of ours after all (its header, as papaparse reads it, names another template). */
class NotOurs extends Error {}

/** The importer's problems and the checks' together, in source order, as the app merges them. */
const report = (importer: readonly RecordProblem[], checks: readonly RecordProblem[]) => [...importer, ...checks].sort((a, b) => a.index - b.index);

async function acledRows(path: string, spill: RunSpill): Promise<CsvRows> {
  const problems: RecordProblem[] = [];
  const { step, reader } = acledSteps(
    (event, index) => checked.add(event, { index }),
    (problem) => problems.push(problem),
  );
  const checked = checkInBatches(() => reader()!.dataset(), spill);
  await parseCsvFile<AcledRow>(path, ACLED_CSV, step);
  const header = reader()?.dataset();
  if (!header) throw new DatasetFormatError(readFailure('read.acledEmpty')); // read whole, for the app's message
  checked.flush();
  return { format: 'acled-csv', header: { ...header }, rows: checked.rows, skipped: report(problems, checked.skipped), warnings: checked.warnings };
}

/** Every data row of a sheet in our template to `onRow`; its header's keys and its unreadable rows. */
async function sheetRows(path: string, start: string, onRow: (row: SheetRow, keys: readonly string[]) => void) {
  const unreadable: RecordProblem[] = [];
  const reader = sheetRowReader((row) => onRow(row, reader.keys!), (problem) => unreadable.push(problem));
  await parseCsvFile<string[]>(path, sheetCsvConfig(start), sheetSteps((cells, problem) => {
    const known = reader.keys;
    reader.next(cells, problem);
    if (!known && reader.keys && sheetFormatOf(reader.keys) !== 'sheet') throw new NotOurs();
  }));
  if (!reader.keys) throw new NotOurs();
  return { keys: reader.keys, unreadable };
}

async function templateRows(path: string, start: string, spill: RunSpill): Promise<CsvRows> {
  let scanned: TemplateSheetReader | undefined;
  const { keys, unreadable } = await sheetRows(path, start, (row, keys) => (scanned ??= templateSheetReader(keys)).scan(row));
  const template = scanned ?? templateSheetReader(keys);
  const { dataset, problems } = template.header(unreadable);
  const checked = checkInBatches(() => dataset, spill);
  await sheetRows(path, start, (row) => {
    const event = template.event(row);
    if (event) checked.add(event, { index: template.indexOf(row), row: row.row });
  });
  checked.flush();
  return { format: 'sheet', header: { ...dataset }, rows: checked.rows, skipped: report(problems, checked.skipped), warnings: checked.warnings };
}

/** The rows of an ACLED export or a sheet in our template; undefined for any other file. */
export async function readCsvRows(path: string, spill: RunSpill): Promise<CsvRows | undefined> {
  const start = (await textStart(path)).trimStart();
  // What parseDatasetText reads otherwise: JSON, a web page, UTF-16 or binary, a first line longer than the piece.
  if (/^[{[<]/.test(start) || start.slice(0, 1000).includes('\u0000') || !/\r?\n/.test(start)) return undefined;
  const format = textSheetFormat(start);
  try {
    if (format === 'acled-csv') return await acledRows(path, spill);
    if (format === 'sheet') return await templateRows(path, start, spill);
    return undefined;
  } catch (error) {
    if (error instanceof NotOurs) return undefined;
    throw error;
  }
}
