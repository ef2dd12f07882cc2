import type { ImportedCategory, ImportedDataset, ImportedEvent, ImportResult } from '../data/our-format.ts';
import { DatasetFormatError } from '../data/parse-dataset.ts';
import { readFailure } from '../data/read-failure.ts';
import { COLOR_COLUMN, DATASET_COLUMNS, EVENT_COLUMNS, sourceColumn, TYPE_COLUMN, type EventColumn } from '../data/sheet-columns.ts';
import { CATEGORY_TRANSLATIONS, DATASET_TRANSLATIONS, EVENT_TRANSLATIONS, rowTranslations } from '../data/sheet-translations.ts';
import { slugify } from '../data/slugify.ts';
import type { RecordProblem } from '../data/timeline-event.ts';
import { writtenDate } from '../data/written-date.ts';
import { cellOf, dataIndex, type SheetRow, type SheetTable } from './sheet-table.ts';
import { uniqueIds } from './unique-ids.ts';

/**
 * Our spreadsheet template (data/sheet-columns.ts) → our format. One event per row; a row of
 * type "title" gives the dataset's title (title), description (summary), date of update (date)
 * and licence (license); a row of type "category" defines a category: id, label (title),
 * description (summary) and colour (color). An event's category cell may name a category row
 * by its id or its label (in any case); any other value becomes a category of its own, labelled
 * as written, and an empty one goes to "Events". An empty id becomes a slug of the date and
 * title. Columns the template does not know are ignored.
 *
 * Title and category rows may come anywhere, even after the events they name, and a slug made
 * for an event must not take an id that a later row writes; so the rows are read twice (a
 * TemplateSheetReader): a first pass for what every row tells about the others (the title
 * row, the categories, the ids written, the category values in the order met), a second for
 * the events. The first pass keeps no event, so a stream (scripts/parquet/csv-rows.ts) is
 * read twice instead of being held.
 */

const DEFAULT_CATEGORY: ImportedCategory = { id: 'events', label: 'Events' };

// The CSV download puts an apostrophe before text a spreadsheet would run as a formula
// (events-to-csv.ts): it is ours, not the author's, so it is taken off again.
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

export interface TemplateSheetReader {
  /** First pass, every data row in order: the title row, category rows, and each event's id and category as written. */
  scan(row: SheetRow): void;
  /**
   * Between the passes: the dataset with no events yet (every category: the rows', then one
   * for each other value met) and what cannot be read (`unreadable` rows, then rows of no known
   * type). Throws when the sheet has neither events nor anything to report.
   */
  header(unreadable: readonly RecordProblem[]): { readonly dataset: ImportedDataset; readonly problems: RecordProblem[] };
  /** Second pass, every data row again: an event row's event in our format, undefined for other rows. */
  event(row: SheetRow): ImportedEvent | undefined;
  /** A row's index in reports (data rows from 0 after the header). */
  indexOf(row: SheetRow): number;
}

export function templateSheetReader(keys: readonly string[]): TemplateSheetReader {
  const columns = keys.map((key) => EVENT_COLUMNS.find((column) => column.name === key) ?? sourceColumn(key));
  const table = { keys };
  const dataset: ImportedDataset = { version: 1, title: 'Untitled timeline', description: '', categories: [], events: [] };
  const problems: RecordProblem[] = [];
  const named = new Map<string, string>(); // a category row's id and label, lower-case → its id
  const categoryId = uniqueIds();
  const writtenIds = new Set<string>(); // the events' own ids, slugged: a made-up id never takes one
  const categoryValues = new Map<string, string>(); // the events' category cells, lower-case → as first written
  let eventId: (wanted: string) => string = () => '';
  let headerRow: number | undefined;
  let titled = false;
  let events = 0;

  const cells = (row: SheetRow) => (key: string) => unguard(cellOf(table, row, key));
  const typeOf = (row: SheetRow) => cells(row)(TYPE_COLUMN).toLowerCase();
  const isEvent = (type: string) => type === '' || type === 'event';
  // What eventOf reads into a field: the last non-empty cell of the columns that fill it.
  const written = (row: SheetRow, field: string) => {
    let value = '';
    columns.forEach((column, at) => {
      const cell = column?.name === field ? unguard(row.cells[at] ?? '') : '';
      if (cell) value = cell;
    });
    return value;
  };

  function eventOf(row: SheetRow): ImportedEvent {
    const event: ImportedEvent = { id: '', date: undefined, title: '', category: '', sources: [] };
    columns.forEach((column: EventColumn | undefined, at) => {
      const cell = unguard(row.cells[at] ?? '');
      if (column && cell) column.read(event, cell);
    });
    const i18n = rowTranslations(keys, cells(row), EVENT_TRANSLATIONS);
    if (i18n) event.i18n = i18n;
    event.sources = event.sources.filter(Boolean); // source_2 filled and source_1 empty is one source
    return event;
  }

  function scan(row: SheetRow) {
    headerRow ??= row.row - 1;
    const cell = cells(row);
    const type = typeOf(row);
    if (type === 'title' && !titled) {
      titled = true;
      dataset.title = cell('title') || dataset.title;
      dataset.description = cell('summary');
      if (cell('date')) dataset.updated = writtenDate(cell('date'));
      for (const [column, field] of Object.entries(DATASET_COLUMNS)) if (cell(column)) dataset[field] = cell(column);
      const i18n = rowTranslations(keys, cell, DATASET_TRANSLATIONS);
      if (i18n) dataset.i18n = i18n;
    } else if (type === 'category') {
      const id = categoryId(slugify(cell('id') || cell('title')) || 'category');
      const label = cell('title') || cell('id');
      const i18n = rowTranslations(keys, cell, CATEGORY_TRANSLATIONS);
      dataset.categories.push({ id, label, ...(cell('summary') && { description: cell('summary') }), ...(cell(COLOR_COLUMN) && { color: cell(COLOR_COLUMN) }), ...(i18n && { i18n }) });
      for (const name of [cell('id'), label, id]) if (name) named.set(name.toLowerCase(), id);
    } else if (isEvent(type)) {
      events += 1;
      const id = slugify(written(row, 'id'));
      if (id) writtenIds.add(id);
      const category = written(row, 'category');
      if (!categoryValues.has(category.toLowerCase())) categoryValues.set(category.toLowerCase(), category);
    } else {
      const reason = type === 'title' ? 'a second "title" row (only the first one is used)' : `"${cell(TYPE_COLUMN)}" is not a row type (leave it empty for an event, or write title or category)`;
      problems.push({ index: dataIndex(row.row, headerRow), row: row.row, field: 'type', reason });
    }
  }

  function header(unreadable: readonly RecordProblem[]) {
    const all = [...unreadable, ...problems];
    if (events === 0 && all.length === 0) throw new DatasetFormatError(readFailure('read.templateSheetEmpty'));
    // In the order the events first name them, after the category rows.
    for (const [key, value] of categoryValues) {
      if (named.has(key)) continue;
      const category = value ? { id: categoryId(slugify(value) || 'category'), label: value } : { ...DEFAULT_CATEGORY, id: categoryId(DEFAULT_CATEGORY.id) };
      dataset.categories.push(category);
      named.set(key, category.id);
    }
    eventId = uniqueIds(writtenIds);
    return { dataset, problems: all };
  }

  function event(row: SheetRow) {
    if (!isEvent(typeOf(row))) return undefined;
    const event = eventOf(row);
    event.category = named.get(event.category.toLowerCase())!;
    event.id = slugify(event.id) || eventId(slugify(`${event.date ?? ''} ${event.title}`) || 'event');
    return event;
  }

  return { scan, header, event, indexOf: (row) => dataIndex(row.row, headerRow ?? row.row - 1) };
}

/** A whole table, both passes. */
export function importTemplateSheet(table: SheetTable): ImportResult {
  const reader = templateSheetReader(table.keys);
  table.rows.forEach(reader.scan);
  const { dataset, problems } = reader.header(table.problems);
  const rows = table.rows.filter((row) => {
    const event = reader.event(row);
    if (event) dataset.events.push(event);
    return event !== undefined;
  });
  return { format: 'sheet', dataset, sourceIndex: rows.map(reader.indexOf), sourceRow: rows.map((row) => row.row), problems };
}
