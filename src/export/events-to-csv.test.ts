import { describe, expect, it } from 'vitest';
import { parseDataset } from '../data/parse-dataset.ts';
import { CSV_HEADER, csvCell, eventsToCsv } from './events-to-csv.ts';

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

describe('eventsToCsv', () => {
  it('has the header and one CRLF-terminated row per event', () => {
    const dataset = load([{}, { id: 'b', date: '2024-01-05' }]);
    const csv = eventsToCsv(dataset.events, dataset.categories);
    expect(csv.split('\r\n')[0]).toBe(CSV_HEADER.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(readCsv(csv)).toHaveLength(3);
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
        sources: [
          { url: 'https://example.org/a', title: 'A', publisher: 'P' },
          { url: 'https://example.org/b', title: 'B', publisher: 'Q', archived: 'https://web.archive.org/web/2024/https://example.org/b' },
        ],
        status: 'claimed',
        updated: '2026-12-07',
      },
    ]);
    const [header, row] = readCsv(eventsToCsv(dataset.events, dataset.categories));
    const record = Object.fromEntries(header!.map((name, i) => [name, row![i]]));
    expect(record).toEqual({
      id: 'e0',
      date: '2024-01-04',
      end: '2024-01-05',
      approximate: 'true',
      key: 'true',
      title: 'A title',
      label: 'Baghdad strike',
      summary: 'Two lines,\nand "quotes"',
      category: 'US strikes',
      place: 'Baghdad',
      country: 'Iraq',
      lat: '33.33',
      lon: '44.43',
      actors: 'United States; Harakat al-Nujaba',
      killed: '2',
      injured: '6',
      'casualty note': 'Iraqi police said',
      'source urls': 'https://example.org/a https://example.org/b',
      status: 'claimed',
      updated: '2026-12-07',
      'archived urls': 'none https://web.archive.org/web/2024/https://example.org/b',
    });
  });

  it('neutralises hostile text from the data in every text column', () => {
    const dataset = load([{ title: '=cmd|"/c calc"!A1', label: '=1+1', summary: '@evil', actors: ['-1+1'], casualties: { note: '+33' } }]);
    const [header, row] = readCsv(eventsToCsv(dataset.events, dataset.categories));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('title')).toBe('\'=cmd|"/c calc"!A1');
    expect(cell('label')).toBe("'=1+1");
    expect(cell('summary')).toBe("'@evil");
    expect(cell('actors')).toBe("'-1+1");
    expect(cell('casualty note')).toBe("'+33");
    for (const cell of row!) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes key false for an event that has no key at all (one not made by parseDataset)', () => {
    const [event] = load([{}]).events;
    const { key: _key, ...withoutKey } = event!;
    const [header, row] = readCsv(eventsToCsv([withoutKey], []));
    expect(row![header!.indexOf('key')]).toBe('false');
  });

  it('leaves empty the columns an event does not have', () => {
    const dataset = load([{}]);
    const [, row] = readCsv(eventsToCsv(dataset.events, dataset.categories));
    expect(row).toEqual(['e0', '2024-01-04', '', 'false', 'false', 'A title', '', '', 'US strikes', '', '', '', '', '', '', '', '', 'https://example.org/a', '', '', '']);
  });
});
