import { COLOR_COLUMN, DATASET_COLUMNS, EVENT_COLUMNS, sourceColumns, TEMPLATE_SOURCES, templateHeader, TYPE_COLUMN, type SheetCell } from '../data/sheet-columns.ts';
import { CATEGORY_TRANSLATIONS, DATASET_TRANSLATIONS, EVENT_TRANSLATIONS, translatedLanguages, translationCells, translationHeader } from '../data/sheet-translations.ts';
import type { Category, Dataset, TimelineEvent } from '../data/timeline-event.ts';

/**
 * The events as CSV in our spreadsheet template (data/sheet-columns.ts), so a download opens in
 * a spreadsheet and loads here again: RFC 4180 (quoted fields, doubled quotes, CRLF rows). A
 * "title" row carries the dataset's title, description, date of update and licence, then one
 * "category" row per category, then one row per event. Text that a spreadsheet would run as a
 * formula (=, +, -, @, tab, CR at the start: "CSV injection") gets a leading apostrophe, which
 * spreadsheets show as text and the template's reader takes off again. Flags (approximate, key)
 * are written true or false, so a sheet can filter on them.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, neutralised and quoted as needed. */
export function csvCell(value: SheetCell): string {
  if (value === undefined) return '';
  // Numbers and booleans are ours, not the data's words: -77.06 stays a number a sheet can sum.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The title row's cells for the dataset's own fields (DATASET_COLUMNS). */
function datasetCells(heading: DatasetHeading): Record<string, SheetCell> {
  return Object.fromEntries(Object.entries(DATASET_COLUMNS).map(([column, field]) => [column, heading[field]]));
}

export type DatasetHeading = Pick<Dataset, 'title' | 'description' | 'updated' | 'license' | 'licenseUrl' | 'publisher' | 'revision' | 'language' | 'defaultLanguage' | 'i18n'>;

/**
 * Header, then the title row (when `heading` is given), the category rows and one row per event,
 * in the order given. An event's category is written as its label (what a person reads and
 * types), or as its id where two categories share a label.
 */
export function eventsToCsv(events: readonly TimelineEvent[], categories: readonly Category[], heading?: DatasetHeading): string {
  const sources = Math.max(TEMPLATE_SOURCES, ...events.map((event) => event.sources.length));
  // A translation's columns follow the template's, for each language any record translates into.
  const header = [...templateHeader(sources), ...translationHeader(translatedLanguages([...(heading ? [heading] : []), ...categories, ...events]))];
  const columns = [...EVENT_COLUMNS, ...sourceColumns(sources)];
  const labelCount = new Map<string, number>();
  for (const { label } of categories) labelCount.set(label.toLowerCase(), (labelCount.get(label.toLowerCase()) ?? 0) + 1);
  const labels = new Map(categories.map((category) => [category.id, labelCount.get(category.label.toLowerCase()) === 1 ? category.label : category.id]));
  const labelOf = (id: string) => labels.get(id) ?? id;
  const row = (cells: Record<string, SheetCell>) => header.map((name) => csvCell(cells[name])).join(',');
  const lines = [
    header.join(','),
    ...(heading
      ? [
          row({
            [TYPE_COLUMN]: 'title', title: heading.title, summary: heading.description, date: heading.updated?.text, ...datasetCells(heading),
            ...translationCells(heading.i18n, DATASET_TRANSLATIONS),
          }),
        ]
      : []),
    ...categories.map((category) =>
      row({
        [TYPE_COLUMN]: 'category', id: category.id, title: category.label, summary: category.description, [COLOR_COLUMN]: category.color,
        ...translationCells(category.i18n, CATEGORY_TRANSLATIONS),
      }),
    ),
    ...events.map((event) =>
      row({ ...Object.fromEntries(columns.map((column) => [column.name, column.write(event, labelOf)])), ...translationCells(event.i18n, EVENT_TRANSLATIONS) }),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
