import { isParquetIndexJson, PARQUET_INDEX_FORMAT } from './parquet-magic.ts';

/**
 * Which kind of file a text is, judged from its content alone (a URL or file name can lie:
 * a CSV served as .json, a TimelineJS export named events.json).
 *
 * - conflict-timeline: our JSON format (README, "The dataset format").
 * - timelinejs: a TimelineJS JSON file (events with start_date objects, a title slide, eras).
 * - acled-csv: a CSV export from ACLED, whose header names event_id_cnty and event_date.
 * - timelinejs-sheet: TimelineJS's Google Sheets template, whose header names Year and Headline.
 * - sheet: our spreadsheet template (sheet-columns.ts), whose header names date and title.
 * The two sheets are read from CSV, tab-separated text or .xlsx alike.
 * - parquet: our layout as Apache Parquet (parquet-layout.ts), known by its first bytes.
 * - parquet-index: a JSON list of Parquet files (parquet-index.ts), known by its "format" marker.
 */
export type DataFormat = 'conflict-timeline' | 'timelinejs' | 'acled-csv' | 'timelinejs-sheet' | 'sheet' | 'parquet' | 'parquet-index' | 'unknown';
export type SheetFormat = 'acled-csv' | 'timelinejs-sheet' | 'sheet';

/** How far into a JSON text to look for telling keys when it does not parse. */
const SNIFF_LENGTH = 100_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function hasStartDate(event: unknown): boolean {
  return isRecord(event) && isRecord(event.start_date);
}

/** The format of an already parsed JSON value. */
export function detectJsonFormat(json: unknown): DataFormat {
  if (!isRecord(json)) return 'unknown';
  // Before "version", which an index has too.
  if (isParquetIndexJson(json)) return 'parquet-index';
  // Our files say which version they are; TimelineJS files never carry "version".
  if (Object.hasOwn(json, 'version')) return 'conflict-timeline';
  const events = Array.isArray(json.events) ? json.events : [];
  if (events.some(hasStartDate) || isRecord(json.title) || Array.isArray(json.eras)) return 'timelinejs';
  if (Array.isArray(json.events) || Array.isArray(json.categories)) return 'conflict-timeline';
  return 'unknown';
}

/** "End Year", "end_year", " END-YEAR " → "end_year": how header cells are matched. */
export function columnKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, '_');
}

/** The delimiter of a header line: a tab when it has one (tab-separated text), else , or ; (whichever splits more). */
export function delimiterOf(line: string): string {
  if (line.includes('\t')) return '\t';
  return line.split(';').length > line.split(',').length ? ';' : ',';
}

function firstLine(text: string): string {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const lineEnd = start.search(/\r?\n/);
  return lineEnd === -1 ? start : start.slice(0, lineEnd);
}

/** The column keys of a text's first line (enough to tell the format; the importers parse properly). */
function headerKeys(text: string): string[] {
  const line = firstLine(text);
  return line.split(delimiterOf(line)).map((cell) => columnKey(cell.trim().replace(/^"(.*)"$/, '$1')));
}

/** Which table a header row (as column keys) is: ACLED's, TimelineJS's sheet or our template. */
export function sheetFormatOf(keys: readonly string[]): SheetFormat | undefined {
  if (keys.includes('event_id_cnty') && keys.includes('event_date')) return 'acled-csv';
  if (keys.includes('year') && keys.includes('headline')) return 'timelinejs-sheet';
  if (keys.includes('date') && keys.includes('title')) return 'sheet';
  return undefined;
}

/** The format of a CSV or tab-separated text, from its header row. */
export function textSheetFormat(text: string): SheetFormat | undefined {
  return sheetFormatOf(headerKeys(text));
}

/** True when the first line of the text is an ACLED header row. */
export function isAcledCsv(text: string): boolean {
  return textSheetFormat(text) === 'acled-csv';
}

export function detectFormat(text: string): DataFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) {
    try {
      return detectJsonFormat(JSON.parse(start));
    } catch {
      // Broken JSON still says what it was meant to be (the error is reported when it is read).
      const head = start.slice(0, SNIFF_LENGTH);
      if (head.includes(`"${PARQUET_INDEX_FORMAT}"`)) return 'parquet-index';
      if (/"version"\s*:/.test(head)) return 'conflict-timeline';
      if (/"start_date"\s*:\s*\{/.test(head)) return 'timelinejs';
      if (/"events"\s*:/.test(head)) return 'conflict-timeline';
      return 'unknown';
    }
  }
  if (start.startsWith('[')) return 'unknown';
  return textSheetFormat(start) ?? 'unknown';
}
