import Papa from 'papaparse';
import { DatasetFormatError } from '../data/parse-dataset.ts';
import { readFailure } from '../data/read-failure.ts';
import { slugify } from '../data/slugify.ts';
import type { RecordProblem } from '../data/timeline-event.ts';
import type { ImportedCategory, ImportedDataset, ImportedEvent, ImportResult } from '../data/our-format.ts';
import { acledCell, acledEvent, type AcledRow } from './acled-event.ts';
import { rowSteps } from './csv-row-problems.ts';

export { ACLED_SOURCE_URL } from './acled-event.ts';

/**
 * ACLED CSV exports (https://acleddata.com/) → our format. One row is one event:
 *
 * - event_id_cnty → id (slugified: "IRQ12345" → "irq12345")
 * - event_date ("2024-01-04" or "04 January 2024") and time_precision: 1 = that day,
 *   2 = within about a week of it (approximate), 3 = some time that month (the month, approximate)
 * - event_type → category (slug id, the type as label); sub_event_type → tag and title
 * - actor1, actor2 → actors; location, admin1, country, latitude, longitude → place, with
 *   geo_precision 1 = town, 2 = area (near the town), 3 = region
 * - notes → summary; fatalities → casualties.killed, noted as ACLED's reported figure
 * - source → the source's publisher. ACLED rows carry no article URLs, so the source links to
 *   ACLED's own site, titled "ACLED event <id>": the attribution ACLED asks for.
 *
 * ACLED has no short headline and no mark of a key moment, so nothing becomes a label or a key.
 *
 * CSV is read with papaparse, so quoted fields with commas, quotes and line breaks work. Rows
 * are read one at a time (AcledReader), from a whole text here or from a stream by the command
 * line (scripts/parquet/csv-rows.ts); a row is mapped in acled-event.ts; its date is read by
 * data/written-date.ts.
 */

/** How papaparse reads an ACLED export, whole or streamed. */
export const ACLED_CSV = { header: true, skipEmptyLines: 'greedy', transformHeader: (header: string) => header.trim().toLowerCase() } as const;

export interface AcledReader {
  /** The next data row (from 0), with why it cannot be read if so: its event, or the problem. */
  add(row: AcledRow, problem: string | undefined): ImportedEvent | RecordProblem;
  /** The dataset so far, with no events: categories as met, a title and description from the rows so far. Throws before any row. */
  dataset(): ImportedDataset;
}

/** Reads the rows under a header of `fields` (throws when it is not an ACLED header). */
export function acledReader(fields: readonly string[]): AcledReader {
  for (const required of ['event_id_cnty', 'event_date']) {
    if (!fields.includes(required)) {
      throw new DatasetFormatError(readFailure('read.acledColumn', { column: required }));
    }
  }
  const categories: ImportedCategory[] = [];
  const categoryIds = new Map<string, string>();
  const usedCategoryIds = new Set<string>();
  const categoryOf = (eventType: string) => {
    let id = categoryIds.get(eventType);
    if (id === undefined) {
      const base = slugify(eventType) || 'event-type';
      id = base;
      for (let n = 2; usedCategoryIds.has(id); n += 1) id = `${base}-${n}`;
      usedCategoryIds.add(id);
      categoryIds.set(eventType, id);
      categories.push({ id, label: eventType });
    }
    return id;
  };
  const countries = new Set<string>();
  let rows = 0;
  let first: string | undefined;
  let last: string | undefined;

  function add(row: AcledRow, problem: string | undefined): ImportedEvent | RecordProblem {
    const index = rows++;
    if (problem) return { index, id: slugify(acledCell(row, 'event_id_cnty')) || undefined, field: '(row)', reason: problem };
    const country = acledCell(row, 'country');
    if (country) countries.add(country);
    const event = acledEvent(row, categoryOf);
    const date = event.date ?? '';
    if (/^\d{4}-\d{2}/.test(date)) {
      if (first === undefined || date < first) first = date;
      if (last === undefined || date > last) last = date;
    }
    return event;
  }

  function dataset(): ImportedDataset {
    if (rows === 0) throw new DatasetFormatError(readFailure('read.acledEmpty'));
    const span = first === undefined ? '' : `, ${first} to ${last}`;
    const countryList = [...countries];
    const place = countryList.length === 0 ? '' : countryList.length <= 3 ? `: ${countryList.join(', ')}` : `: ${countryList.slice(0, 3).join(', ')} and ${countryList.length - 3} more`;
    return {
      version: 1,
      title: `ACLED events${place}`,
      description: `Imported from an ACLED CSV export (${rows.toLocaleString('en-GB')} rows${span}). Data: Armed Conflict Location & Event Data Project (ACLED), acleddata.com.`,
      license: 'ACLED terms of use apply; cite ACLED (acleddata.com) when reusing this data.',
      categories: [...categories],
      events: [],
    };
  }

  return { add, dataset };
}

/**
 * papaparse's step for an ACLED export: each row through one reader, made from the header when
 * the first row comes; an event goes to `onEvent` with its row's index, a row that cannot be
 * read to `onProblem`. `reader()` is undefined until a row has come.
 */
export function acledSteps(onEvent: (event: ImportedEvent, index: number) => void, onProblem: (problem: RecordProblem) => void) {
  let reader: AcledReader | undefined;
  let index = 0;
  const step = rowSteps<AcledRow>((row, problem, fields) => {
    reader ??= acledReader(fields);
    const read = reader.add(row, problem);
    if ('reason' in read) onProblem(read);
    else onEvent(read, index);
    index += 1;
  });
  return { step, reader: () => reader };
}

/** A whole ACLED export, read row by row. */
export function importAcledCsv(text: string): ImportResult {
  const clean = text.replace(/^\uFEFF/, '');
  const events: ImportedEvent[] = [];
  const sourceIndex: number[] = [];
  const problems: RecordProblem[] = [];
  const { step, reader } = acledSteps(
    (event, index) => {
      events.push(event);
      sourceIndex.push(index);
    },
    (problem) => problems.push(problem),
  );
  Papa.parse<AcledRow>(clean, { ...ACLED_CSV, step });
  // No data row came: the header alone says whether this is an export at all.
  const dataset = (reader() ?? acledReader(Papa.parse(clean, ACLED_CSV).meta.fields ?? [])).dataset();
  return { format: 'acled-csv', dataset: { ...dataset, events }, sourceIndex, problems };
}
