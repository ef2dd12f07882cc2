import readXlsxFile, { readSheet, SheetNotFoundError, type Row } from 'read-excel-file/universal';
import type { ImportResult } from '../data/our-format.ts';
import { DatasetFormatError } from '../data/parse-dataset.ts';
import { readFailure } from '../data/read-failure.ts';
import { importSheetTable } from './sheet-import.ts';
import { tableOfRows } from './sheet-table.ts';

/**
 * An Excel workbook (.xlsx) → our format: the first sheet, or the one named (`#sheet=Name` on
 * the address, see data/workbook-sheet.ts), read with read-excel-file and then as any other
 * spreadsheet (sheet-import.ts). This module, and the library with it, is loaded only for a
 * workbook: the parse path imports it dynamically when the bytes start as a zip archive.
 *
 * Dates typed as dates come as JavaScript dates at midnight UTC: they become the calendar date
 * (YYYY-MM-DD), as a TimelineJS or template cell would write it; a time of day is not kept,
 * because a sheet gives no time zone.
 */

function cellText(value: Row[number]): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value).trim();
}

async function sheetNames(buffer: ArrayBuffer): Promise<string> {
  const sheets = await readXlsxFile(buffer).catch(() => []);
  return sheets.map((sheet) => `"${sheet.sheet}"`).join(', ');
}

export async function importXlsx(bytes: Uint8Array, sheet?: string): Promise<ImportResult> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let rows: Row[];
  try {
    rows = await readSheet(buffer, sheet ?? 1);
  } catch (error) {
    if (error instanceof SheetNotFoundError) {
      throw new DatasetFormatError(readFailure('read.noSuchSheet', { sheet: sheet ?? '', sheets: await sheetNames(buffer) }));
    }
    const detail = error instanceof Error ? error.message : String(error);
    throw new DatasetFormatError(readFailure('read.badWorkbook', undefined, detail));
  }
  return importSheetTable(tableOfRows(rows.map((cells) => cells.map(cellText))), { workbook: true, sheet });
}
