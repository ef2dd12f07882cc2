import { sheetFormatOf } from '../data/detect-format.ts';
import type { ImportResult } from '../data/our-format.ts';
import type { LoadFailure } from '../data/load-failure.ts';
import { DatasetFormatError } from '../data/parse-dataset.ts';
import { readFailure } from '../data/read-failure.ts';
import { importTemplateSheet } from './sheet-template-import.ts';
import { textTable, type SheetTable } from './sheet-table.ts';
import { importTimelineJsSheet } from './timelinejs-sheet-import.ts';

/**
 * A spreadsheet (CSV, tab-separated text or an .xlsx sheet, as a SheetTable) → our format, by
 * what its header row names: TimelineJS's template (Year, Headline …) or ours (date, title …).
 */

/** Where the table came from, for the message when it is no spreadsheet we read: a text file, or a workbook's sheet (the first when unnamed). */
export type SheetSource = { readonly workbook: false } | { readonly workbook: true; readonly sheet?: string };

/** "… is an ACLED export" or "… cannot be read" (neither template), said of the file, the named sheet or the first sheet. */
function unreadable(source: SheetSource, acled: boolean): LoadFailure {
  if (!source.workbook) return readFailure(acled ? 'read.fileAcled' : 'read.fileUnknownSheet');
  if (source.sheet === undefined) return readFailure(acled ? 'read.firstSheetAcled' : 'read.firstSheetUnknownSheet');
  return readFailure(acled ? 'read.sheetAcled' : 'read.sheetUnknownSheet', { sheet: source.sheet });
}

export function importSheetTable(table: SheetTable, source: SheetSource): ImportResult {
  const format = sheetFormatOf(table.keys);
  if (format === 'timelinejs-sheet') return importTimelineJsSheet(table);
  if (format === 'sheet') return importTemplateSheet(table);
  throw new DatasetFormatError(unreadable(source, format === 'acled-csv'));
}

/** CSV or tab-separated text in either template. */
export function importSheetText(text: string): ImportResult {
  return importSheetTable(textTable(text), { workbook: false });
}
