import type { ImportedEvent, ImportedSource } from './our-format.ts';
import { numberOrText } from './our-format.ts';
import type { TimelineEvent } from './timeline-event.ts';
import { writtenDate } from './written-date.ts';

/**
 * Our spreadsheet template: one event per row, a column per field (README, "Make your own
 * timeline"). Each column is one entry here, with how it is written (the CSV download, `npm
 * run convert -- … --to csv`, public/template.csv) and how it is read back (CSV, TSV, .xlsx),
 * so the two never drift: a new field is one line. Rows whose `type` is "title" or "category"
 * carry the dataset's title and its categories (the `color` and `license` columns are theirs).
 */

export type SheetCell = string | number | boolean | undefined;

export interface EventColumn {
  readonly name: string;
  /** The cell for an event; `labelOf` gives a category's label (what a person writes). */
  readonly write: (event: TimelineEvent, labelOf: (category: string) => string) => SheetCell;
  /** Takes a non-empty, trimmed cell into the event being read. */
  readonly read: (event: ImportedEvent, cell: string) => void;
}

/** Sources have this many column groups in the template; more are read (source_6_url …) and written when needed. */
export const TEMPLATE_SOURCES = 5;

/** Actors and tags: "Hamas; Israel". */
export const LIST_SEPARATOR = ';';

const list = (cell: string) => cell.split(LIST_SEPARATOR).map((item) => item.trim()).filter(Boolean);
const joined = (items: readonly string[]) => (items.length ? items.join(`${LIST_SEPARATOR} `) : undefined);

/** yes/no cells: true, yes, y, 1, x → true; false, no, n, 0 → false; anything else is passed on. */
export function flagCell(cell: string): boolean | string {
  if (/^(true|yes|y|1|x|✓)$/i.test(cell)) return true;
  if (/^(false|no|n|0)$/i.test(cell)) return false;
  return cell;
}

const place = (event: ImportedEvent) => (event.place ??= { name: '' });
const casualties = (event: ImportedEvent) => (event.casualties ??= {});

export const EVENT_COLUMNS: readonly EventColumn[] = [
  { name: 'id', write: (e) => e.id, read: (e, cell) => void (e.id = cell) },
  { name: 'date', write: (e) => e.date.text, read: (e, cell) => void (e.date = writtenDate(cell)) },
  { name: 'end', write: (e) => e.end?.text, read: (e, cell) => void (e.end = writtenDate(cell)) },
  { name: 'approximate', write: (e) => e.approximate, read: (e, cell) => void (e.approximate = flagCell(cell)) },
  { name: 'title', write: (e) => e.title, read: (e, cell) => void (e.title = cell) },
  { name: 'label', write: (e) => e.label, read: (e, cell) => void (e.label = cell) },
  // An event from before keys existed (or built by hand) may have none: that is false.
  { name: 'key', write: (e) => e.key === true, read: (e, cell) => void (e.key = flagCell(cell)) },
  { name: 'summary', write: (e) => e.summary, read: (e, cell) => void (e.summary = cell) },
  { name: 'category', write: (e, labelOf) => labelOf(e.category), read: (e, cell) => void (e.category = cell) },
  { name: 'place_name', write: (e) => e.place?.name, read: (e, cell) => void (place(e).name = cell) },
  { name: 'country', write: (e) => e.place?.country, read: (e, cell) => void (place(e).country = cell) },
  { name: 'lat', write: (e) => e.place?.lat, read: (e, cell) => void (place(e).lat = numberOrText(cell)) },
  { name: 'lon', write: (e) => e.place?.lon, read: (e, cell) => void (place(e).lon = numberOrText(cell)) },
  { name: 'precision', write: (e) => e.place?.precision, read: (e, cell) => void (place(e).precision = cell) },
  { name: 'actors', write: (e) => joined(e.actors), read: (e, cell) => void (e.actors = list(cell)) },
  { name: 'killed', write: (e) => e.casualties?.killed, read: (e, cell) => void (casualties(e).killed = numberOrText(cell)) },
  { name: 'injured', write: (e) => e.casualties?.injured, read: (e, cell) => void (casualties(e).injured = numberOrText(cell)) },
  { name: 'casualty_note', write: (e) => e.casualties?.note, read: (e, cell) => void (casualties(e).note = cell) },
  { name: 'tags', write: (e) => joined(e.tags), read: (e, cell) => void (e.tags = list(cell)) },
  { name: 'status', write: (e) => e.status, read: (e, cell) => void (e.status = cell.toLowerCase()) },
  { name: 'updated', write: (e) => e.updated?.text, read: (e, cell) => void (e.updated = writtenDate(cell)) },
];

const SOURCE_FIELDS = ['url', 'title', 'publisher', 'published', 'archived'] as const;

/** source_<n>_url, _title, _publisher, _published, _archived for n = 1 … count. */
export function sourceColumns(count: number): EventColumn[] {
  return Array.from({ length: count }, (_, i) =>
    SOURCE_FIELDS.map((field): EventColumn => ({
      name: `source_${i + 1}_${field}`,
      write: (e) => (field === 'published' ? e.sources[i]?.published?.text : e.sources[i]?.[field]),
      read: (e, cell) => {
        const source = (e.sources[i] ??= { url: '', title: '', publisher: '' }) as ImportedSource;
        source[field] = field === 'published' ? writtenDate(cell) : cell;
      },
    })),
  ).flat();
}

/** "Source 2 URL", "source_2_url" → the column of the second source's url (undefined if none). */
export function sourceColumn(key: string): EventColumn | undefined {
  const match = /^source_(\d{1,2})_(url|title|publisher|published|archived)$/.exec(key);
  if (!match) return undefined;
  const n = Number(match[1]);
  return n >= 1 ? sourceColumns(n).find((column) => column.name === key) : undefined;
}

/** The first column: empty (or "event") for an event, "title" or "category" for the other rows. */
export const TYPE_COLUMN = 'type';
/** On a category row: its colour (#rrggbb). */
export const COLOR_COLUMN = 'color';
/**
 * On the title row, besides title (title), description (summary) and date of update (date):
 * the dataset's own fields, by column name. The changes list and the series have no column: a
 * sheet does not carry them (README, "Make your own timeline").
 */
export const DATASET_COLUMNS = {
  license: 'license',
  license_url: 'licenseUrl',
  publisher: 'publisher',
  revision: 'revision',
  language: 'language',
  default_language: 'defaultLanguage',
} as const;

export type DatasetField = (typeof DATASET_COLUMNS)[keyof typeof DATASET_COLUMNS];

/** The template's header row, with `sources` groups of source columns. */
export function templateHeader(sources = TEMPLATE_SOURCES): string[] {
  return [TYPE_COLUMN, ...[...EVENT_COLUMNS, ...sourceColumns(sources)].map((column) => column.name), COLOR_COLUMN, ...Object.keys(DATASET_COLUMNS)];
}
