/**
 * Which kind of file a text is, judged from its content alone (a URL or file name can lie:
 * a CSV served as .json, a TimelineJS export named events.json).
 *
 * - conflict-timeline: our JSON format (README, "The dataset format").
 * - timelinejs: a TimelineJS JSON file (events with start_date objects, a title slide, eras).
 * - acled-csv: a CSV export from ACLED, whose header names event_id_cnty and event_date.
 */
export type DataFormat = 'conflict-timeline' | 'timelinejs' | 'acled-csv' | 'unknown';

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
  // Our files say which version they are; TimelineJS files never carry "version".
  if (Object.hasOwn(json, 'version')) return 'conflict-timeline';
  const events = Array.isArray(json.events) ? json.events : [];
  if (events.some(hasStartDate) || isRecord(json.title) || Array.isArray(json.eras)) return 'timelinejs';
  if (Array.isArray(json.events) || Array.isArray(json.categories)) return 'conflict-timeline';
  return 'unknown';
}

/** Splits one CSV line into trimmed, unquoted cells (enough to read a header row). */
function headerCells(line: string): string[] {
  const delimiter = [',', ';', '\t'].reduce((best, candidate) =>
    line.split(candidate).length > line.split(best).length ? candidate : best,
  );
  return line.split(delimiter).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase());
}

/** True when the first line of the text is an ACLED header row. */
export function isAcledCsv(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const lineEnd = start.search(/\r?\n/);
  const header = headerCells(lineEnd === -1 ? start : start.slice(0, lineEnd));
  return header.includes('event_id_cnty') && header.includes('event_date');
}

export function detectFormat(text: string): DataFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) {
    try {
      return detectJsonFormat(JSON.parse(start));
    } catch {
      // Broken JSON still says what it was meant to be (the error is reported when it is read).
      const head = start.slice(0, SNIFF_LENGTH);
      if (/"version"\s*:/.test(head)) return 'conflict-timeline';
      if (/"start_date"\s*:\s*\{/.test(head)) return 'timelinejs';
      if (/"events"\s*:/.test(head)) return 'conflict-timeline';
      return 'unknown';
    }
  }
  if (start.startsWith('[')) return 'unknown';
  return isAcledCsv(start) ? 'acled-csv' : 'unknown';
}
