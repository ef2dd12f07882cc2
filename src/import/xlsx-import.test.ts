import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetFormatError } from '../data/parse-dataset.ts';
import { parseDatasetText } from '../loading/parse-dataset-text.ts';
import { importXlsx } from './xlsx-import.ts';

// e2e/fixtures/workbook.xlsx is made by e2e/fixtures/make-workbook.mjs: sheet "Events" in our
// template (one date typed as an Excel date), sheet "TimelineJS" in TimelineJS's.
const workbook = new Uint8Array(readFileSync(new URL('../../e2e/fixtures/workbook.xlsx', import.meta.url)));

describe('importXlsx', () => {
  it('reads the first sheet, a date cell as its calendar date, and names bad rows by row number', async () => {
    const { loaded, format } = await parseDatasetText(workbook, null);
    expect(format).toBe('sheet');
    expect(loaded.dataset.title).toBe('Fixture workbook');
    expect(loaded.dataset.events.map((event) => [event.id, event.date.text])).toEqual([
      ['typed-date', '2024-01-04'],
      ['2024-01-12-a-date-typed-as-text', '2024-01-12'],
    ]);
    expect(loaded.skipped).toEqual([
      { index: 3, row: 5, id: 'bad-date', field: 'date', reason: 'date is not of the form YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm(Z|±HH:MM)' },
    ]);
  });

  it('reads a sheet named by its name, here TimelineJS\'s template with number cells', async () => {
    const { dataset, format } = await importXlsx(workbook, 'TimelineJS');
    expect(format).toBe('timelinejs-sheet');
    expect(dataset.events[0]).toMatchObject({ date: '2024-01-04', title: 'Drone strike reported', summary: 'Plain text.' });
  });

  it('lists the sheets there are when the one named is missing', async () => {
    await expect(importXlsx(workbook, 'Nope')).rejects.toThrow('The workbook has no sheet named "Nope"; its sheets are "Events", "TimelineJS".');
  });

  it('says so when a zip archive is not a workbook', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(40).fill(0)]);
    await expect(importXlsx(zip)).rejects.toThrow(DatasetFormatError);
    await expect(importXlsx(zip)).rejects.toThrow(/starts like an Excel workbook \(\.xlsx\) but cannot be read as one/);
  });
});
