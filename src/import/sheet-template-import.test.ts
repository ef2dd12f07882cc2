import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../data/parse-dataset.ts';
import { templateHeader } from '../data/sheet-columns.ts';
import { translationHeader } from '../data/sheet-translations.ts';
import { eventsToCsv } from '../export/events-to-csv.ts';
import { parseDatasetText } from '../loading/parse-dataset-text.ts';
import { importSheetText } from './sheet-import.ts';
import { textTable } from './sheet-table.ts';
import { importTemplateSheet, templateSheetReader } from './sheet-template-import.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const defaultDataset = () => parseDataset(JSON.parse(read('data/events.json'))).dataset;

/** The three events of public/template.csv, taken from the default dataset. */
const TEMPLATE_EVENTS = ['drones-asad-harir-first', 'us-strike-baghdad-abu-taqwa', 'tower-22-drone-attack'];

function templateCsv(): string {
  const dataset = defaultDataset();
  const events = dataset.events.filter((event) => TEMPLATE_EVENTS.includes(event.id));
  const categories = dataset.categories.filter((category) => events.some((event) => event.category === category.id));
  return eventsToCsv(events, categories, dataset);
}

const HEADER = 'type,id,date,title,category,source_1_url,source_1_title,source_1_publisher';
const source = 'https://example.org/a,Report,Example';

describe('our spreadsheet template', () => {
  it('round-trips the default dataset: JSON → CSV → JSON gives the same dataset, all but its series and changes list', async () => {
    const original = defaultDataset();
    const csv = eventsToCsv(original.events, original.categories, original);
    const { loaded, format } = await parseDatasetText(csv, 'text/csv');
    expect(format).toBe('sheet');
    expect(loaded.skipped).toEqual([]);
    expect(original.series.length).toBeGreaterThan(0); // what CSV does not carry
    expect(original.changes.length).toBeGreaterThan(0);
    expect(loaded.dataset).toEqual({ ...original, series: [], changes: [] });
  });

  it('reads tab-separated text (a tab in the header row) like CSV, commas in cells and all', () => {
    const simple = [HEADER, `,e1,2024-01-04,"One, two",Strikes,${source}`].join('\n').replaceAll(',', '\t').replace('One\t two', 'One, two');
    expect(importSheetText(simple).dataset.events[0]).toMatchObject({ title: 'One, two', category: 'strikes' });
    const tsv = [HEADER, `,e1,2024-01-04,One,Strikes,${source}`].join('\n').replaceAll(',', '\t');
    expect(importSheetText(tsv).dataset.events[0]).toMatchObject({ id: 'e1', date: '2024-01-04', title: 'One', category: 'strikes' });
  });

  it('public/template.csv is the three default events in the template, and loads clean', async () => {
    const file = new URL('../../public/template.csv', import.meta.url);
    // UPDATE_TEMPLATE=1 npx vitest run src/import/sheet-template-import.test.ts rewrites it after a format change.
    if (process.env.UPDATE_TEMPLATE) writeFileSync(file, templateCsv());
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(templateCsv());
    // The template's columns, then the translations' (title_ar …: the default dataset has Arabic).
    expect(text.split('\r\n')[0]).toBe([...templateHeader(), ...translationHeader(['ar'])].join(','));
    const { loaded } = await parseDatasetText(text, 'text/csv');
    expect(loaded.skipped).toEqual([]);
    expect(loaded.dataset.events.map((event) => event.id)).toEqual(TEMPLATE_EVENTS);
  });

  it('makes an id from the date and title when the id is empty, and categories from the values written (in any case)', () => {
    const { dataset } = importSheetText(
      [HEADER, `,,2024-01-04,US strike in Baghdad,US strikes,${source}`, `,,4 January 2024,US strike in Baghdad,us STRIKES,${source}`, `,,2024-02,Talks,,${source}`].join('\n'),
    );
    expect(dataset.events.map((event) => [event.id, event.date, event.category])).toEqual([
      ['2024-01-04-us-strike-in-baghdad', '2024-01-04', 'us-strikes'],
      ['2024-01-04-us-strike-in-baghdad-2', '2024-01-04', 'us-strikes'],
      ['2024-02-talks', '2024-02', 'events'],
    ]);
    expect(dataset.categories).toEqual([
      { id: 'us-strikes', label: 'US strikes' },
      { id: 'events', label: 'Events' },
    ]);
  });

  it('matches an event to a category row by id or label, in any case', () => {
    const { dataset } = importSheetText(
      [HEADER + ',color', `category,strike,,US strikes,,,,,#0072B2`, `,a,2024-01-04,A,us strikes,${source},`, `,b,2024-01-05,B,STRIKE,${source},`].join('\n'),
    );
    expect(dataset.categories).toEqual([{ id: 'strike', label: 'US strikes', color: '#0072B2' }]);
    expect(dataset.events.map((event) => event.category)).toEqual(['strike', 'strike']);
  });

  it('takes off the apostrophe the download puts before formula-like text, and passes bad flags on for validation', async () => {
    const csv = [`${HEADER},approximate,key`, `,a,2024-01-04,'=1+1,X,${source},maybe,yes`].join('\n');
    const { dataset } = importSheetText(csv);
    expect(dataset.events[0]).toMatchObject({ title: '=1+1', approximate: 'maybe', key: true });
    const { loaded } = await parseDatasetText(csv, null);
    expect(loaded.skipped).toEqual([{ index: 0, row: 2, id: 'a', field: 'approximate', reason: 'approximate must be true or false' }]);
  });

  it('names a row of an unknown type by its row number', () => {
    const { problems, dataset } = importSheetText([HEADER, `,a,2024-01-04,A,X,${source}`, '', `note,,,,,,,`].join('\n'));
    expect(dataset.events).toHaveLength(1);
    expect(problems).toEqual([{ index: 2, row: 4, field: 'type', reason: '"note" is not a row type (leave it empty for an event, or write title or category)' }]);
  });

  it('reads title and category rows wherever they are: after the events they name, as at the top', () => {
    const title = 'title,,2024-03-01,My timeline,,,,';
    const category = 'category,strike,,US strikes,,,,';
    const events = [`,a,2024-01-04,A,us strikes,${source}`, `,b,2024-01-05,B,Talks,${source}`];
    const top = importSheetText([HEADER, title, category, ...events].join('\n')).dataset;
    const bottom = importSheetText([HEADER, ...events, category, title].join('\n')).dataset;
    expect(bottom).toEqual(top);
    expect(bottom.categories).toEqual([{ id: 'strike', label: 'US strikes' }, { id: 'talks', label: 'Talks' }]);
    expect(bottom.title).toBe('My timeline');
  });

  it('never gives an event without an id one that a later row writes', () => {
    const { dataset } = importSheetText([HEADER, `,,2024-01-04,Strike,X,${source}`, `,2024-01-04-strike,2024-01-05,Other,X,${source}`].join('\n'));
    expect(dataset.events.map((event) => event.id)).toEqual(['2024-01-04-strike-2', '2024-01-04-strike']);
  });
});

describe('templateSheetReader, the importer row by row', () => {
  it('gives what importTemplateSheet gives for public/template.csv and the default dataset as CSV, in two passes that keep no event', () => {
    const dataset = defaultDataset();
    for (const text of [read('public/template.csv'), eventsToCsv(dataset.events, dataset.categories, dataset)]) {
      const table = textTable(text);
      const reader = templateSheetReader(table.keys);
      for (const row of table.rows) expect(reader.scan(row)).toBeUndefined();
      const { dataset: imported, problems } = reader.header(table.problems);
      expect(imported.events).toEqual([]);
      const events = table.rows.flatMap((row) => reader.event(row) ?? []);
      expect({ ...imported, events }).toEqual(importTemplateSheet(table).dataset);
      expect(problems).toEqual([]);
    }
  });
});
