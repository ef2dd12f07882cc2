import { describe, expect, it } from 'vitest';
import { parseDataset } from '../data/parse-dataset.ts';
import { templateHeader } from '../data/sheet-columns.ts';
import { csvCell, eventsToCsv } from './events-to-csv.ts';

function load(events: Record<string, unknown>[]) {
  const { dataset, skipped } = parseDataset({
    version: 1,
    title: 'Test',
    categories: [{ id: 'strike', label: 'US strikes' }],
    events: events.map((event, i) => ({
      id: `e${i}`,
      date: '2024-01-04',
      title: 'A title',
      category: 'strike',
      sources: [{ url: 'https://example.org/a', title: 'Report', publisher: 'Example' }],
      ...event,
    })),
  });
  expect(skipped).toEqual([]);
  return dataset;
}

/** Splits RFC 4180 text into rows of fields (a tiny reader for checking, not for the app). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') rows.at(-1)!.push(field), (field = '');
    else if (char === '\r' && text[i + 1] === '\n') rows.at(-1)!.push(field), (field = ''), rows.push([]), (i += 1);
    else field += char;
  }
  if (rows.at(-1)!.length === 0 && field === '') rows.pop();
  return rows;
}

describe('csvCell', () => {
  it('quotes fields with commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvCell('Baghdad, Iraq')).toBe('"Baghdad, Iraq"');
    expect(csvCell('the "Islamic Resistance"')).toBe('"the ""Islamic Resistance"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
    expect(csvCell('plain')).toBe('plain');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
  ])('neutralises a formula-leading cell %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('leaves numbers as numbers, negative ones too, and empty cells empty', () => {
    expect(csvCell(-77.06)).toBe('-77.06');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(true)).toBe('true');
  });
});

/** The event rows (after the header and the category rows) as records by column name. */
function eventRecords(csv: string): Record<string, string>[] {
  const [header, ...rows] = readCsv(csv);
  return rows.filter((row) => row[0] === '').map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

describe('eventsToCsv', () => {
  it('writes the template: header, title row, category rows, one CRLF-terminated row per event', () => {
    const dataset = load([{}, { id: 'b', date: '2024-01-05' }]);
    const csv = eventsToCsv(dataset.events, dataset.categories, dataset);
    expect(csv.split('\r\n')[0]).toBe(templateHeader().join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = readCsv(csv);
    expect(rows.map((row) => row[0])).toEqual(['type', 'title', 'category', '', '']);
    expect(rows[1]!.slice(0, 6)).toEqual(['title', '', '', '', '', 'Test']);
    expect(rows[2]!.slice(0, 6)).toEqual(['category', 'strike', '', '', '', 'US strikes']);
  });

  it('writes every column of a full event', () => {
    const dataset = load([
      {
        date: '2024-01-04',
        end: '2024-01-05',
        approximate: true,
        key: true,
        label: 'Baghdad strike',
        summary: 'Two lines,\nand "quotes"',
        place: { name: 'Baghdad', country: 'Iraq', lat: 33.33, lon: 44.43, precision: 'town' },
        actors: ['United States', 'Harakat al-Nujaba'],
        casualties: { killed: 2, injured: 6, note: 'Iraqi police said' },
        tags: ['drone', 'Baghdad'],
        sources: [
          { url: 'https://example.org/a', title: 'A', publisher: 'P', published: '2024-01-05' },
          { url: 'https://example.org/b', title: 'B', publisher: 'Q' },
        ],
      },
    ]);
    const [record] = eventRecords(eventsToCsv(dataset.events, dataset.categories));
    expect(record).toMatchObject({
      type: '',
      id: 'e0',
      date: '2024-01-04',
      end: '2024-01-05',
      approximate: 'true',
      title: 'A title',
      label: 'Baghdad strike',
      key: 'true',
      summary: 'Two lines,\nand "quotes"',
      category: 'US strikes',
      place_name: 'Baghdad',
      country: 'Iraq',
      lat: '33.33',
      lon: '44.43',
      precision: 'town',
      actors: 'United States; Harakat al-Nujaba',
      killed: '2',
      injured: '6',
      casualty_note: 'Iraqi police said',
      tags: 'drone; Baghdad',
      source_1_url: 'https://example.org/a',
      source_1_title: 'A',
      source_1_publisher: 'P',
      source_1_published: '2024-01-05',
      source_2_url: 'https://example.org/b',
      source_3_url: '',
      source_5_published: '',
      color: '',
      license: '',
    });
  });

  it('adds source columns past the fifth when an event has more sources', () => {
    const sources = Array.from({ length: 7 }, (_, i) => ({ url: `https://example.org/${i}`, title: `T${i}`, publisher: 'P' }));
    const [record] = eventRecords(eventsToCsv(load([{ sources }]).events, []));
    expect(record!.source_7_url).toBe('https://example.org/6');
  });

  it('writes a category as its id where two categories share a label', () => {
    const dataset = load([{}]);
    const twin = { ...dataset.categories[0]!, id: 'twin' };
    const [record] = eventRecords(eventsToCsv(dataset.events, [...dataset.categories, twin]));
    expect(record!.category).toBe('strike');
  });

  it('neutralises hostile text from the data in every text column', () => {
    const dataset = load([{ title: '=cmd|"/c calc"!A1', label: '=1+1', summary: '@evil', actors: ['-1+1'], casualties: { note: '+33' } }]);
    const [record] = eventRecords(eventsToCsv(dataset.events, dataset.categories));
    expect(record!.title).toBe('\'=cmd|"/c calc"!A1');
    expect(record!.label).toBe("'=1+1");
    expect(record!.summary).toBe("'@evil");
    expect(record!.actors).toBe("'-1+1");
    expect(record!.casualty_note).toBe("'+33");
    for (const cell of Object.values(record!)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes key false for an event that has no key at all (one not made by parseDataset)', () => {
    const [event] = load([{}]).events;
    const { key: _key, ...withoutKey } = event!;
    const [record] = eventRecords(eventsToCsv([withoutKey], []));
    expect(record!.key).toBe('false');
  });

  it('leaves empty the columns an event does not have', () => {
    const dataset = load([{}]);
    const [record] = eventRecords(eventsToCsv(dataset.events, dataset.categories));
    const filled = Object.entries(record!).filter(([, cell]) => cell !== '');
    expect(Object.fromEntries(filled)).toEqual({
      id: 'e0', date: '2024-01-04', approximate: 'false', title: 'A title', key: 'false', category: 'US strikes',
      source_1_url: 'https://example.org/a', source_1_title: 'Report', source_1_publisher: 'Example',
    });
  });
});
