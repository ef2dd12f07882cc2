import { sheetFormatOf } from '../data/detect-format.ts';
import type { ImportResult } from '../data/our-format.ts';
import { DatasetFormatError } from '../data/parse-dataset.ts';
import { importTemplateSheet } from './sheet-template-import.ts';
import { textTable, type SheetTable } from './sheet-table.ts';
import { importTimelineJsSheet } from './timelinejs-sheet-import.ts';

/**
 * A spreadsheet (CSV, tab-separated text or an .xlsx sheet, as a SheetTable) → our format, by
 * what its header row names: TimelineJS's template (Year, Headline …) or ours (date, title …).
 */

export const UNKNOWN_SHEET =
  'its first row names neither the columns of this app\'s spreadsheet template (date, title, category, source_1_url …) ' +
  'nor those of TimelineJS\'s template (Year, Month, Day, Headline, Text, Media …). Start from public/template.csv (see the README).';

export function importSheetTable(table: SheetTable, what: string): ImportResult {
  const format = sheetFormatOf(table.keys);
  if (format === 'timelinejs-sheet') return importTimelineJsSheet(table);
  if (format === 'sheet') return importTemplateSheet(table);
  if (format === 'acled-csv') throw new DatasetFormatError(`${what} is an ACLED export: save it as CSV to read it here.`);
  throw new DatasetFormatError(`${what} cannot be read: ${UNKNOWN_SHEET}`);
}

/** CSV or tab-separated text in either template. */
export function importSheetText(text: string): ImportResult {
  return importSheetTable(textTable(text), 'The file');
}
