import { describe, expect, it } from 'vitest';
import { describeRecordNote } from './record-place.ts';

describe('describeRecordNote', () => {
  it("names a spreadsheet's record by its row, any other by its index, the dataset's fields as the dataset's", () => {
    expect(describeRecordNote({ index: 4, row: 6, field: 'date', reason: 'not a date' })).toBe('Row 6: date — not a date');
    expect(describeRecordNote({ index: 3, id: 'x', field: 'title', reason: 'missing' })).toBe('Record #3 (x): title — missing');
    expect(describeRecordNote({ field: 'licenseUrl', reason: 'left out' })).toBe('The dataset: licenseUrl — left out');
  });
});
