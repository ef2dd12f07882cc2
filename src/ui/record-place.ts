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
 * "Row 6 (an-id): date — …" for a spreadsheet's record, "Record #3: …" for any other, and
 * "The dataset: licenseUrl — …" for the dataset's own fields: the words the skipped-records
 * notice and the /make page's report use, so an author finds the record the same way in both.
 */
export function describeRecordNote(note: RecordNote): string {
  const id = note.id ? ` (${note.id})` : '';
  const where = note.row !== undefined ? `Row ${note.row}` : note.index !== undefined ? `Record #${note.index}` : 'The dataset';
  return `${where}${id}: ${note.field} — ${note.reason}`;
}
