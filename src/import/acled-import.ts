import Papa from 'papaparse';
import { DatasetFormatError } from '../data/parse-dataset.ts';
import { slugify } from '../data/slugify.ts';
import type { RecordProblem } from '../data/timeline-event.ts';
import { textOf, type ImportedCategory, type ImportedEvent, type ImportResult } from '../data/our-format.ts';

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
 * CSV is read with papaparse, so quoted fields with commas, quotes and line breaks work.
 */

export const ACLED_SOURCE_URL = 'https://acleddata.com/';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
};

const two = (value: number | string) => String(value).padStart(2, '0');

/**
 * "2024-01-04", "04 January 2024", "4-Jan-2024" or "January 4, 2024" → "2024-01-04". Anything
 * else is passed on as written, for validation to reject with the reason.
 */
export function acledDate(text: string): string {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return `${iso[1]}-${two(iso[2]!)}-${two(iso[3]!)}`;
  const dayFirst = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})$/.exec(value);
  const monthFirst = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(value);
  const [day, monthName, year] = dayFirst
    ? [dayFirst[1]!, dayFirst[2]!, dayFirst[3]!]
    : monthFirst
      ? [monthFirst[2]!, monthFirst[1]!, monthFirst[3]!]
      : [];
  const key = monthName?.toLowerCase();
  const month = key !== undefined && Object.hasOwn(MONTHS, key) ? MONTHS[key] : undefined;
  if (day === undefined || year === undefined || month === undefined) return value;
  return `${year}-${two(month)}-${two(day)}`;
}

const GEO_PRECISION: Record<string, string> = { '1': 'town', '2': 'area', '3': 'region' };

/** A number when the cell is one, the text as written when not (validation says why). */
function numberOrText(cell: string): number | string | undefined {
  if (cell === '') return undefined;
  const value = Number(cell);
  return Number.isFinite(value) ? value : cell;
}

type Row = Record<string, string | undefined>;

function cell(row: Row, column: string): string {
  return textOf(row[column]);
}

function describeRowError(error: Papa.ParseError, fields: number): string {
  switch (error.code) {
    case 'TooManyFields':
      return `the row has more cells than the header's ${fields} columns (an unquoted comma?)`;
    case 'TooFewFields':
      return `the row has fewer cells than the header's ${fields} columns`;
    case 'MissingQuotes':
      return 'a quoted cell is never closed (a stray " or a cut-off file?)';
    default:
      return error.message;
  }
}

function toEvent(row: Row, categoryOf: (type: string) => string): ImportedEvent {
  const rawId = cell(row, 'event_id_cnty');
  const eventType = cell(row, 'event_type');
  const subType = cell(row, 'sub_event_type');
  const location = cell(row, 'location');
  const admin1 = cell(row, 'admin1');
  const country = cell(row, 'country');
  const placeName = location && admin1 && location !== admin1 ? `${location}, ${admin1}` : location || admin1 || country;

  const precision = cell(row, 'time_precision');
  let date = acledDate(cell(row, 'event_date'));
  if (precision === '3' && /^\d{4}-\d{2}-\d{2}$/.test(date)) date = date.slice(0, 7);
  const approximate = precision === '2' || precision === '3';

  const fatalities = numberOrText(cell(row, 'fatalities'));
  const actors = [cell(row, 'actor1'), cell(row, 'actor2')].filter(Boolean);
  const latitude = numberOrText(cell(row, 'latitude'));
  const longitude = numberOrText(cell(row, 'longitude'));
  const geoCode = cell(row, 'geo_precision');
  const geoPrecision = Object.hasOwn(GEO_PRECISION, geoCode) ? GEO_PRECISION[geoCode] : undefined;
  const what = subType || eventType;

  const event: ImportedEvent = {
    id: slugify(rawId),
    date: date || undefined,
    ...(approximate && { approximate }),
    title: what && placeName ? `${what} in ${placeName}` : what || placeName || `ACLED event ${rawId}`,
    summary: cell(row, 'notes'),
    category: eventType ? categoryOf(eventType) : '',
    actors,
    sources: [{ url: ACLED_SOURCE_URL, title: `ACLED event ${rawId}`, publisher: cell(row, 'source') || 'ACLED' }],
    tags: subType ? [subType] : [],
  };
  if (placeName) {
    event.place = {
      name: placeName,
      ...(country && { country }),
      ...(latitude !== undefined && { lat: latitude }),
      ...(longitude !== undefined && { lon: longitude }),
      ...(geoPrecision && { precision: geoPrecision }),
    };
  }
  if (fatalities !== undefined) {
    event.casualties = {
      killed: fatalities,
      note: `ACLED: ${typeof fatalities === 'number' ? fatalities.toLocaleString('en-GB') : fatalities} reported fatalities`,
    };
  }
  return event;
}

export function importAcledCsv(text: string): ImportResult {
  const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const fields = parsed.meta.fields ?? [];
  for (const required of ['event_id_cnty', 'event_date']) {
    if (!fields.includes(required)) {
      throw new DatasetFormatError(`The CSV file has no "${required}" column, so it is not an ACLED export this app can read.`);
    }
  }
  if (parsed.data.length === 0) throw new DatasetFormatError('The ACLED CSV file has a header row but no events.');

  const rowProblems = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.code === 'MissingQuotes') {
      // An unclosed quote runs to the end of the file, so it is always in the last row read
      // (papaparse numbers this error one past it). It explains that row better than a count.
      rowProblems.set(parsed.data.length - 1, describeRowError(error, fields.length));
    } else if (error.row !== undefined && !rowProblems.has(error.row)) {
      rowProblems.set(error.row, describeRowError(error, fields.length));
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

  const events: ImportedEvent[] = [];
  const sourceIndex: number[] = [];
  const problems: RecordProblem[] = [];
  const countries = new Set<string>();
  parsed.data.forEach((row, index) => {
    const problem = rowProblems.get(index);
    if (problem) {
      const id = slugify(cell(row, 'event_id_cnty')) || undefined;
      problems.push({ index, id, field: '(row)', reason: problem });
      return;
    }
    const country = cell(row, 'country');
    if (country) countries.add(country);
    events.push(toEvent(row, categoryOf));
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
