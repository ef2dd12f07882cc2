import { afterEach, describe, expect, it } from 'vitest';
import { ar } from '../i18n/messages-ar.ts';
import { en } from '../i18n/messages-en.ts';
import { setActiveCatalogue } from '../i18n/translate.ts';
import { recordWhat, recordWhere, type RecordNote } from './record-place.ts';

const line = (note: RecordNote) => `${recordWhere(note)}: ${recordWhat(note)}`;

afterEach(() => setActiveCatalogue('en', en));

describe('recordWhere and recordWhat', () => {
  it("names a spreadsheet's record by its row, any other by its index, the dataset's fields as the dataset's", () => {
    expect(line({ index: 4, row: 6, field: 'date', reason: 'not a date' })).toBe('Row 6: date — not a date');
    expect(line({ index: 3, id: 'x', field: 'title', reason: 'missing' })).toBe('Record #3 (x): title — missing');
    expect(line({ field: 'licenseUrl', reason: 'left out' })).toBe('The dataset: licenseUrl — left out');
  });

  it('names the record in Arabic on an Arabic page, and leaves the field and the reason in English', () => {
    setActiveCatalogue('ar', ar);
    expect(recordWhere({ index: 4, row: 6, field: 'date', reason: 'not a date' })).toBe('الصف 6');
    expect(recordWhere({ index: 3, id: 'x', field: 'title', reason: 'missing' })).toBe('السجل رقم 3 (x)');
    expect(recordWhat({ index: 3, field: 'title', reason: 'missing' })).toBe('title — missing');
  });
});
