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
 */

const DEFAULT_CATEGORY: ImportedCategory = { id: 'events', label: 'Events' };

// The CSV download puts an apostrophe before text a spreadsheet would run as a formula
// (events-to-csv.ts): it is ours, not the author's, so it is taken off again.
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

function eventOf(table: SheetTable, row: SheetRow, columns: readonly (EventColumn | undefined)[]): ImportedEvent {
  const event: ImportedEvent = { id: '', date: undefined, title: '', category: '', sources: [] };
  columns.forEach((column, at) => {
    const cell = unguard(row.cells[at] ?? '');
    if (column && cell) column.read(event, cell);
  });
  const i18n = rowTranslations(table.keys, (key) => unguard(cellOf(table, row, key)), EVENT_TRANSLATIONS);
  if (i18n) event.i18n = i18n;
  event.sources = event.sources.filter(Boolean); // source_2 filled and source_1 empty is one source
  return event;
}

export function importTemplateSheet(table: SheetTable): ImportResult {
  const columns = table.keys.map((key) => EVENT_COLUMNS.find((column) => column.name === key) ?? sourceColumn(key));
  const headerRow = (table.rows[0]?.row ?? 2) - 1;
  const problems: RecordProblem[] = [...table.problems];
  const dataset: ImportedDataset = { version: 1, title: 'Untitled timeline', description: '', categories: [], events: [] };
  const named = new Map<string, string>(); // a category row's id and label, lower-case → its id
  const categoryId = uniqueIds();
  const rows: SheetRow[] = [];
  let titled = false;

  for (const row of table.rows) {
    const cell = (key: string) => unguard(cellOf(table, row, key));
    const type = cell(TYPE_COLUMN).toLowerCase();
    if (type === 'title' && !titled) {
      titled = true;
      dataset.title = cell('title') || dataset.title;
      dataset.description = cell('summary');
      if (cell('date')) dataset.updated = writtenDate(cell('date'));
      for (const [column, field] of Object.entries(DATASET_COLUMNS)) if (cell(column)) dataset[field] = cell(column);
      const i18n = rowTranslations(table.keys, cell, DATASET_TRANSLATIONS);
      if (i18n) dataset.i18n = i18n;
    } else if (type === 'category') {
      const id = categoryId(slugify(cell('id') || cell('title')) || 'category');
      const label = cell('title') || cell('id');
      const i18n = rowTranslations(table.keys, cell, CATEGORY_TRANSLATIONS);
      dataset.categories.push({ id, label, ...(cell('summary') && { description: cell('summary') }), ...(cell(COLOR_COLUMN) && { color: cell(COLOR_COLUMN) }), ...(i18n && { i18n }) });
      for (const name of [cell('id'), label, id]) if (name) named.set(name.toLowerCase(), id);
    } else if (type === '' || type === 'event') {
      dataset.events.push(eventOf(table, row, columns));
      rows.push(row);
    } else {
      const reason = type === 'title' ? 'a second "title" row (only the first one is used)' : `"${cell(TYPE_COLUMN)}" is not a row type (leave it empty for an event, or write title or category)`;
      problems.push({ index: dataIndex(row.row, headerRow), row: row.row, field: 'type', reason });
    }
  }
  if (dataset.events.length === 0 && problems.length === 0) {
    throw new DatasetFormatError(readFailure('read.templateSheetEmpty'));
  }

  const eventId = uniqueIds(new Set(dataset.events.map((event) => slugify(event.id)).filter(Boolean)));
  for (const event of dataset.events) {
    const written = event.category;
    let id = named.get(written.toLowerCase());
    if (id === undefined) {
      const category = written ? { id: categoryId(slugify(written) || 'category'), label: written } : { ...DEFAULT_CATEGORY, id: categoryId(DEFAULT_CATEGORY.id) };
      dataset.categories.push(category);
      id = category.id;
      named.set(written.toLowerCase(), id);
    }
    event.category = id;
    event.id = slugify(event.id) || eventId(slugify(`${event.date ?? ''} ${event.title}`) || 'event');
  }
  const sourceRow = rows.map((row) => row.row);
  return { format: 'sheet', dataset, sourceIndex: sourceRow.map((row) => dataIndex(row, headerRow)), sourceRow, problems };
}
