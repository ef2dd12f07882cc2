import type { Category, TimelineEvent } from '../data/timeline-event.ts';

/**
 * The events as CSV for spreadsheets: RFC 4180 (quoted fields, doubled quotes, CRLF rows),
 * one row per event. Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR
 * at the start: "CSV injection") gets a leading apostrophe, which spreadsheets show as text.
 * Flags (approximate, key) are written true or false, so a sheet can filter on them; the
 * label sits beside the title it shortens. The columns added later (status, updated, archived
 * copies) come last, so sheets and scripts that read the first ones by position still work.
 * "archived urls" lines up with "source urls": one entry per source, "none" where a source has
 * no archived copy, and empty when none has.
 */
export const CSV_HEADER = [
  'id',
  'date',
  'end',
  'approximate',
  'key',
  'title',
  'label',
  'summary',
  'category',
  'place',
  'country',
  'lat',
  'lon',
  'actors',
  'killed',
  'injured',
  'casualty note',
  'source urls',
  'status',
  'updated',
  'archived urls',
] as const;

type Cell = string | number | boolean | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, neutralised and quoted as needed. */
export function csvCell(value: Cell): string {
  if (value === undefined) return '';
  // Numbers and booleans are ours, not the data's words: -77.06 stays a number a sheet can sum.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function row(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',');
}

function eventRow(event: TimelineEvent, labels: ReadonlyMap<string, string>): Cell[] {
  const { place, casualties } = event;
  return [
    event.id,
    event.date.text,
    event.end?.text,
    event.approximate,
    // An event from before keys existed (or built by hand) may have none: that is false.
    event.key === true,
    event.title,
    event.label,
    event.summary,
    labels.get(event.category) ?? event.category,
    place?.name,
    place?.country,
    place?.lat,
    place?.lon,
    event.actors.length ? event.actors.join('; ') : undefined,
    casualties?.killed,
    casualties?.injured,
    casualties?.note,
    event.sources.map((source) => source.url).join(' '),
    event.status,
    event.updated?.text,
    event.sources.some((source) => source.archived) ? event.sources.map((source) => source.archived ?? 'none').join(' ') : undefined,
  ];
}

/** Header and one row per event, in the order given; the category column holds its label. */
export function eventsToCsv(events: readonly TimelineEvent[], categories: readonly Category[]): string {
  const labels = new Map(categories.map((category) => [category.id, category.label]));
  const lines = [row(CSV_HEADER), ...events.map((event) => row(eventRow(event, labels)))];
  return `${lines.join('\r\n')}\r\n`;
}
