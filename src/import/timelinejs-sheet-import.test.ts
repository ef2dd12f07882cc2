import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../loading/parse-dataset-text.ts';
import { importSheetText } from './sheet-import.ts';

const fixture = readFileSync(new URL('../../e2e/fixtures/timelinejs-sheet.csv', import.meta.url), 'utf8');
const HEADER = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

describe("TimelineJS's spreadsheet template", () => {
  it('maps the title row, events, groups, media and eras as the TimelineJS importer does', () => {
    const { dataset, format } = importSheetText(fixture);
    expect(format).toBe('timelinejs-sheet');
    expect(dataset.title).toBe('Fixture TimelineJS sheet');
    expect(dataset.description).toBe('A synthetic TimelineJS spreadsheet for the tests.');
    expect(dataset.categories.map((category) => category.label)).toEqual(['Eras', 'US strikes', 'Diplomacy']);
    const [drone, talks] = dataset.events;
    expect(drone).toMatchObject({
      id: 'drone-strike-reported',
      date: '2024-01-04',
      title: 'Drone strike reported',
      summary: 'First paragraph & more, with a comma.',
      category: 'us-strikes',
      sources: [{ url: 'https://example.org/drone', title: 'Report on the strike', publisher: 'Example News' }],
    });
    expect(talks).toMatchObject({ date: '2024-01-12', end: '2024-01-14', category: 'diplomacy' });
    const era = dataset.events.find((event) => event.title === 'Winter escalation');
    expect(era).toMatchObject({ date: '2024-01', end: '2024-03', category: 'era', sources: [{ url: 'https://example.org/sheet-source' }] });
  });

  it('skips rows whose date cannot be used, named by the row number the sheet shows (header = row 1)', async () => {
    const { loaded } = await parseDatasetText(fixture, 'text/csv');
    expect(loaded.dataset.events.map((event) => event.title)).toEqual(['Winter escalation', 'Drone strike reported', 'Talks held']);
    expect(loaded.skipped.map(({ row, field, reason }) => `Row ${row}: ${field} — ${reason}`)).toEqual([
      'Row 6: date — the Year "20x4" is not a number (write the year alone, such as 2024)',
      'Row 7: date — the Month "13" is not a month (write 1 to 12, or its name)',
      'Row 8: date — "2024-02-30" is not a calendar date (that month has 29 days)',
      'Row 10: sources — at least one source is required',
    ]);
    expect(loaded.skipped.map((problem) => problem.index)).toEqual([4, 5, 6, 8]);
  });

  it.each([
    ['2024,,5', 'there is a Day but no Month'],
    [',3,', 'there is no Year, only a Month'],
    ['2024,1,1st', 'the Day "1st" is not a day of the month (1 to 31)'],
    ['', 'the date is missing (the Year cell is empty)'],
  ])('explains a date of %j', (cells, reason) => {
    const { problems } = importSheetText(`${HEADER}\n2024,1,1,,,,,,,Good,,https://example.org/a\n${cells},,,,,,,Bad,,https://example.org/b`);
    expect(problems).toEqual([{ index: 1, row: 3, field: 'date', reason }]);
  });

  it('reads an end date and a month name, and tab-separated text like CSV', () => {
    const tsv = [HEADER.replaceAll(',', '\t'), ['2024', 'March', '2', '', '2024', 'Apr', '', '', '', 'Span', '', 'https://example.org/a'].join('\t')].join('\n');
    const { dataset } = importSheetText(tsv);
    expect(dataset.events[0]).toMatchObject({ date: '2024-03-02', end: '2024-04', title: 'Span' });
  });

  it('names a bad end date', () => {
    const { problems } = importSheetText(`${HEADER}\n2024,1,1,,2024,14,,,,Span,,https://example.org/a`);
    expect(problems).toEqual([{ index: 0, row: 2, field: 'end date', reason: 'the End Month "14" is not a month (write 1 to 12, or its name)' }]);
  });
});
