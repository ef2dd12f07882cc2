import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../data/parse-dataset.ts';
import { writtenDate } from '../data/written-date.ts';
import Papa from 'papaparse';
import { ACLED_CSV, ACLED_SOURCE_URL, acledReader, importAcledCsv } from './acled-import.ts';
import type { AcledRow } from './acled-event.ts';

const fixture = readFileSync(new URL('../../e2e/fixtures/acled.csv', import.meta.url), 'utf8');

const HEADER =
  'event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities';

function csv(...rows: string[]) {
  return [HEADER, ...rows].join('\n');
}

describe('writtenDate (ACLED dates)', () => {
  it.each([
    ['2024-01-04', '2024-01-04'],
    ['2024-1-4', '2024-01-04'],
    ['04 January 2024', '2024-01-04'],
    ['4 January 2024', '2024-01-04'],
    ['04-Jan-2024', '2024-01-04'],
    ['4 Sept 2024', '2024-09-04'],
    ['January 4, 2024', '2024-01-04'],
    [' 30 February 2023 ', '2023-02-30'],
    ['04/01/2024', '04/01/2024'],
    ['4 Foo 2024', '4 Foo 2024'],
    ['4 constructor 2024', '4 constructor 2024'],
  ])('%j → %j', (input, expected) => {
    expect(writtenDate(input)).toBe(expected);
  });
});

describe('importAcledCsv', () => {
  it('maps one row to one event in our format', () => {
    const { dataset } = importAcledCsv(
      csv('IRQ12345,04 January 2024,2024,1,Explosions/Remote violence,Air/drone strike,Military Forces of the United States (2021-),Harakat al Nujaba,Iraq,Baghdad,Baghdad - Palestine Street,33.3406,44.4009,1,Reuters; Shafaq News,"A drone strike hit a vehicle, killing 2.",2'),
    );
    expect(dataset.categories).toEqual([{ id: 'explosions-remote-violence', label: 'Explosions/Remote violence' }]);
    expect(dataset.events).toEqual([
      {
        id: 'irq12345',
        date: '2024-01-04',
        title: 'Air/drone strike in Baghdad - Palestine Street, Baghdad',
        summary: 'A drone strike hit a vehicle, killing 2.',
        category: 'explosions-remote-violence',
        actors: ['Military Forces of the United States (2021-)', 'Harakat al Nujaba'],
        place: { name: 'Baghdad - Palestine Street, Baghdad', country: 'Iraq', lat: 33.3406, lon: 44.4009, precision: 'town' },
        casualties: { killed: 2, note: 'ACLED: 2 reported fatalities' },
        sources: [{ url: ACLED_SOURCE_URL, title: 'ACLED event IRQ12345', publisher: 'Reuters; Shafaq News' }],
        tags: ['Air/drone strike'],
      },
    ]);
  });

  it('reads quoted commas, doubled quotes and line breaks inside cells', () => {
    const { dataset, problems } = importAcledCsv(
      csv('X1,2024-01-04,2024,1,Battles,Armed clash,A,B,Iraq,Anbar,Al Qaim,34.3,41.1,2,"Src, One","Line one, with ""quotes"".\nLine two.",0'),
    );
    expect(problems).toEqual([]);
    expect(dataset.events[0]!.summary).toBe('Line one, with "quotes".\nLine two.');
    expect(dataset.events[0]!.sources[0]!.publisher).toBe('Src, One');
  });

  it('time_precision: 2 is approximate (within a week), 3 is the month, approximate', () => {
    const { dataset } = importAcledCsv(
      csv(
        'X1,2024-01-04,2024,1,Battles,Armed clash,A,,Iraq,Anbar,Al Qaim,34.3,41.1,1,S,,0',
        'X2,2024-01-09,2024,2,Battles,Armed clash,A,,Iraq,Anbar,Al Qaim,34.3,41.1,1,S,,0',
        'X3,15 January 2024,2024,3,Battles,Armed clash,A,,Iraq,Anbar,Al Qaim,34.3,41.1,1,S,,0',
      ),
    );
    expect(dataset.events.map((event) => [event.date, event.approximate])).toEqual([
      ['2024-01-04', undefined],
      ['2024-01-09', true],
      ['2024-01', true],
    ]);
  });

  it('geo_precision: 1 town, 2 area, 3 region; anything else, none', () => {
    const { dataset } = importAcledCsv(
      csv(
        'X1,2024-01-04,2024,1,Battles,Armed clash,A,,Iraq,Anbar,Al Qaim,34.3,41.1,1,S,,0',
        'X2,2024-01-04,2024,1,Battles,Armed clash,A,,Iraq,Anbar,Al Qaim,34.3,41.1,2,S,,0',
        'X3,2024-01-04,2024,1,Battles,Armed clash,A,,Iraq,Anbar,Anbar,34.3,41.1,3,S,,0',
        'X4,2024-01-04,2024,1,Battles,Armed clash,A,,Iraq,Anbar,Anbar,34.3,41.1,constructor,S,,0',
      ),
    );
    expect(dataset.events.map((event) => event.place?.precision)).toEqual(['town', 'area', 'region', undefined]);
    expect(dataset.events[2]!.place!.name).toBe('Anbar');
  });

  it('passes values it cannot read on, so validation names them', () => {
    const { dataset } = importAcledCsv(
      csv(
        'X1,30 February 2023,2023,1,Battles,Armed clash,A,,Iraq,Anbar,Al Qaim,34,41.1,1,S,,0',
        'X2,2024-01-04,2024,1,Battles,Armed clash,A,,Iraq,Anbar,Al Qaim,n/a,41.1,1,S,,several',
        ',2024-01-04,2024,1,,Armed clash,A,,Iraq,Anbar,Al Qaim,34,41.1,1,S,,0',
      ),
    );
    const { skipped } = parseDataset(dataset);
    expect(skipped.map((problem) => [problem.index, problem.field, problem.reason])).toEqual([
      [0, 'date', '"2023-02-30" is not a calendar date (that month has 28 days)'],
      [1, 'place.lat', 'lat must be a number'],
      [2, 'id', 'id must be a slug of a–z, 0–9 and single hyphens'],
    ]);
  });

  it('reports rows whose cells do not line up with the header, by row', () => {
    const result = importAcledCsv(
      csv(
        'X1,2024-01-04,2024,1,Battles,Armed clash,A,,Iraq,Anbar,Al Qaim,34.3,41.1,1,S,notes with an unquoted, comma,0',
        'X2,2024-01-05,2024,1,Battles,Armed clash,A,,Iraq,Anbar,Al Qaim,34.3,41.1,1,S,fine,0',
        'X3,2024-01-06,2024,1,Battles',
      ),
    );
    expect(result.problems).toEqual([
      { index: 0, id: 'x1', field: '(row)', reason: "the row has more cells than the header's 17 columns (an unquoted comma?)" },
      { index: 2, id: 'x3', field: '(row)', reason: "the row has fewer cells than the header's 17 columns" },
    ]);
    expect(result.dataset.events.map((event) => event.id)).toEqual(['x2']);
    expect(result.sourceIndex).toEqual([1]);
  });

  it('reports a quote that is never closed on the last row', () => {
    const result = importAcledCsv(
      csv(
        'X1,2024-01-04,2024,1,Battles,Armed clash,A,,Iraq,Anbar,Al Qaim,34.3,41.1,1,S,fine,0',
        'X2,2024-01-05,2024,1,Battles,Armed clash,A,,Iraq,Anbar,Al Qaim,34.3,41.1,1,S,"never closed,0',
        'X3,2024-01-06,2024,1,Battles,Armed clash,A,,Iraq,Anbar,Al Qaim,34.3,41.1,1,S,fine,0',
      ),
    );
    expect(result.problems).toEqual([{ index: 1, id: 'x2', field: '(row)', reason: 'a quoted cell is never closed (a stray " or a cut-off file?)' }]);
  });

  it('names the countries and dates in the dataset title and description', () => {
    const { dataset } = importAcledCsv(fixture);
    expect(dataset.title).toBe('ACLED events: Testland');
    expect(dataset.description).toContain('5 rows, 2024-01 to 2024-02-30');
    expect(dataset.description).toContain('ACLED');
  });

  it('imports the e2e fixture, and validation keeps the good rows', () => {
    const { dataset: imported } = importAcledCsv(fixture);
    const { dataset, skipped } = parseDataset(imported);
    expect(dataset.events.map((event) => event.id)).toEqual(['tst1003', 'tst1001', 'tst1002']);
    expect(skipped.map((problem) => [problem.id, problem.field])).toEqual([
      ['tst1004', 'date'],
      ['tst1005', 'place.lat'],
    ]);
    const clash = dataset.events.find((event) => event.id === 'tst1002')!;
    expect(clash.summary).toBe('Synthetic fixture row.\nA second line, after a line break, with a comma, here.');
    expect(clash.approximate).toBe(true);
    expect(dataset.events.find((event) => event.id === 'tst1003')!.date.precision).toBe('month');
  });

  it.each([
    ['no event_date column', 'event_id_cnty,notes\nX1,a', /no "event_date" column/],
    ['only a header', `${HEADER}\n`, /no events/],
  ])('rejects a CSV with %s', (_name, text, message) => {
    expect(() => importAcledCsv(text)).toThrow(message);
  });

  it('names the row a malformed quote is on (quotes in a quoted cell not doubled), not the one after it', () => {
    const result = importAcledCsv(
      csv(
        'X1,2024-01-04,2024,1,Battles,Armed clash,A,,Iraq,Anbar,Al Qaim,34.3,41.1,1,S,"They said "hi" there",0',
        'X2,2024-01-05,2024,1,Battles,Armed clash,A,,Iraq,Anbar,Al Qaim,34.3,41.1,1,S,"fine",0',
      ),
    );
    expect(result.problems).toEqual([{ index: 0, id: 'x1', field: '(row)', reason: 'Trailing quote on quoted field is malformed' }]);
    expect(result.sourceIndex).toEqual([1]);
  });
});

describe('acledReader, the importer row by row', () => {
  it('gives what importAcledCsv gives for the e2e fixture, its header growing with the rows', () => {
    const { data, meta } = Papa.parse<AcledRow>(fixture, ACLED_CSV);
    const reader = acledReader(meta.fields!);
    expect(() => reader.dataset()).toThrow(/no events/);
    const events = data.map((row) => reader.add(row, undefined));
    const whole = importAcledCsv(fixture);
    expect({ ...reader.dataset(), events }).toEqual(whole.dataset);
    expect(whole.sourceIndex).toEqual([0, 1, 2, 3, 4]);
  });

  it('refuses a header without the columns it needs', () => {
    expect(() => acledReader(['event_id_cnty', 'notes'])).toThrow(/no "event_date" column/);
  });
});
