import Papa from 'papaparse';
import { DatasetFormatError } from '../data/parse-dataset.ts';
import { readFailure } from '../data/read-failure.ts';
import { slugify } from '../data/slugify.ts';
import type { RecordProblem } from '../data/timeline-event.ts';
import type { ImportedCategory, ImportedEvent, ImportResult } from '../data/our-format.ts';
import { acledCell, acledEvent, type AcledRow } from './acled-event.ts';
import { csvRowProblems } from './csv-row-problems.ts';

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
 * CSV is read with papaparse, so quoted fields with commas, quotes and line breaks work. A row
 * is mapped in acled-event.ts; its date is read by data/written-date.ts.
 */

export function importAcledCsv(text: string): ImportResult {
  const parsed = Papa.parse<AcledRow>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const fields = parsed.meta.fields ?? [];
  for (const required of ['event_id_cnty', 'event_date']) {
    if (!fields.includes(required)) {
      throw new DatasetFormatError(readFailure('read.acledColumn', { column: required }));
    }
  }
  if (parsed.data.length === 0) throw new DatasetFormatError(readFailure('read.acledEmpty'));

  const rowProblems = csvRowProblems(parsed.errors, parsed.data.length, fields.length);

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

  const events: ImportedEvent[] = [];
  const sourceIndex: number[] = [];
  const problems: RecordProblem[] = [];
  const countries = new Set<string>();
  parsed.data.forEach((row, index) => {
    const problem = rowProblems.get(index);
    if (problem) {
      const id = slugify(acledCell(row, 'event_id_cnty')) || undefined;
      problems.push({ index, id, field: '(row)', reason: problem });
      return;
    }
    const country = acledCell(row, 'country');
    if (country) countries.add(country);
    events.push(acledEvent(row, categoryOf));
    sourceIndex.push(index);
  });

  const dates = events.map((event) => event.date ?? '').filter((date) => /^\d{4}-\d{2}/.test(date)).sort();
  const span = dates.length ? `, ${dates[0]} to ${dates[dates.length - 1]}` : '';
  const countryList = [...countries];
  const place = countryList.length === 0 ? '' : countryList.length <= 3 ? `: ${countryList.join(', ')}` : `: ${countryList.slice(0, 3).join(', ')} and ${countryList.length - 3} more`;
  return {
    format: 'acled-csv',
    dataset: {
      version: 1,
      title: `ACLED events${place}`,
      description: `Imported from an ACLED CSV export (${parsed.data.length.toLocaleString('en-GB')} rows${span}). Data: Armed Conflict Location & Event Data Project (ACLED), acleddata.com.`,
      license: 'ACLED terms of use apply; cite ACLED (acleddata.com) when reusing this data.',
      categories,
      events,
    },
    sourceIndex,
    problems,
  };
}
