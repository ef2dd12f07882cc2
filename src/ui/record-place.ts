import { t } from '../i18n/translate.ts';
/** Where a record sits in its source, and what is wrong with it or was changed in it. */
export interface RecordNote {
  readonly index?: number;
  /** For a spreadsheet: the row as the sheet shows it (the header is row 1). */
  readonly row?: number;
  readonly id?: string;
  readonly field: string;
  readonly reason: string;
}

/**
 * "Row 6 (an-id)" for a spreadsheet's record, "Record #3" for any other, "The dataset" for the
 * dataset's own fields, in the page's language: with recordWhat ("Row 6: date — …"), the words
 * the skipped-records notice and the /make page's report use, so an author finds the record the
 * same way in both.
 */
export function recordWhere(note: RecordNote): string {
  const id = note.id ? ` (${note.id})` : '';
  const where =
    note.row !== undefined ? t('record.row', { row: note.row }) : note.index !== undefined ? t('record.index', { index: note.index }) : t('record.dataset');
  return `${where}${id}`;
}

/** "date — not a date": the field as the file names it and the validator's reason, in English in every language. */
export function recordWhat(note: RecordNote): string {
  return `${note.field} — ${note.reason}`;
}
