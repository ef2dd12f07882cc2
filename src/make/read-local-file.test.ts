import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetProblem } from '../data/load-status.ts';
import { jsonFileName } from './download-json.tsx';
import { fileSource, readLocalFile } from './read-local-file.ts';

const fixture = (name: string) => readFileSync(new URL(`../../e2e/fixtures/${name}`, import.meta.url));

describe('readLocalFile', () => {
  it('reads a TimelineJS sheet as CSV, naming its bad rows by row number', async () => {
    const parsed = await readLocalFile(new File([fixture('timelinejs-sheet.csv')], 'sheet.csv', { type: 'text/csv' }));
    expect(parsed.format).toBe('timelinejs-sheet');
    expect(parsed.loaded.dataset.title).toBe('Fixture TimelineJS sheet');
    expect(parsed.loaded.dataset.events).toHaveLength(3);
    expect(parsed.loaded.skipped.map((problem) => problem.row)).toEqual([6, 7, 8, 10]);
  });

  it('reads an .xlsx workbook from its bytes, whatever the file is called', async () => {
    const parsed = await readLocalFile(new File([fixture('workbook.xlsx')], 'no-extension', { type: '' }));
    expect(parsed.loaded.dataset.title).toBe('Fixture workbook');
    expect(parsed.loaded.skipped.map((problem) => problem.row)).toEqual([5]);
  });

  it('rejects a file that is no dataset with the parser\'s own words', async () => {
    const reading = readLocalFile(new File(['hello, world'], 'notes.txt'));
    await expect(reading).rejects.toBeInstanceOf(DatasetProblem);
    await expect(reading).rejects.toThrow(/nor a spreadsheet this app reads/);
  });
});

describe('fileSource', () => {
  it('gives text for text, bytes for a zip archive', async () => {
    expect(await fileSource(new Blob(['date,title\n']))).toBe('date,title\n');
    expect(await fileSource(new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1])]))).toBeInstanceOf(Uint8Array);
  });
});

describe('jsonFileName', () => {
  it('keeps the name and swaps the extension', () => {
    expect(jsonFileName('my sheet.xlsx')).toBe('my sheet.json');
    expect(jsonFileName('events.v2.csv')).toBe('events.v2.json');
    expect(jsonFileName('README')).toBe('README.json');
    expect(jsonFileName('.csv')).toBe('timeline.json');
  });
});
