/**
 * Dates in a dataset are written in the calendar of the place where the event happened:
 * "2024-01-04" is 4 Jan wherever the reader is. We therefore keep every date as a
 * *wall-clock* value encoded as UTC milliseconds (4 Jan 00:00 "floating"), and the whole
 * app does its calendar maths and formatting in UTC. A written offset ("+03:00") is kept
 * for display, not used to shift the value: 18:30+03:00 sits at 18:30 on the event's day.
 */
export type DatePrecision = 'year' | 'month' | 'day' | 'minute' | 'second';

export interface CalendarDate {
  /** The text as written in the dataset, e.g. "2023-10" or "2024-01-20T18:30+03:00". */
  readonly text: string;
  readonly precision: DatePrecision;
  /** Start of the named period, wall-clock time as UTC milliseconds. */
  readonly start: number;
  /** Exclusive end of the named period: a month ends where the next month starts. */
  readonly end: number;
  /** Offset from UTC written with a time, in minutes ("Z" is 0); null for date-only values. */
  readonly offsetMinutes: number | null;
}

export const DATE_PATTERN =
  '^\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2}))?)?)?$';

const DATE_PARTS =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

export type DateParseResult =
  | { readonly ok: true; readonly date: CalendarDate }
  | { readonly ok: false; readonly reason: string };

function utcMillis(year: number, month: number, day: number, hour = 0, minute = 0, second = 0) {
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999; setting year, month
  // and day together lets an overflowing month or day roll into the right year.
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

function parseOffset(text: string): number | null {
  if (text === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const hours = Number(text.slice(1, 3));
  const minutes = Number(text.slice(4, 6));
  if (hours > 14 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}

/** Parses one of YYYY | YYYY-MM | YYYY-MM-DD | YYYY-MM-DDTHH:mm[:ss](Z|±HH:MM). */
export function parseCalendarDate(text: string): DateParseResult {
  const parts = DATE_PARTS.exec(text);
  if (!parts) {
    return { ok: false, reason: `"${text}" is not a date of the form YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm(Z|±HH:MM)` };
  }
  const [, y, mo, d, h, mi, s, offset] = parts;
  const year = Number(y);
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  if (month < 1 || month > 12) return { ok: false, reason: `"${text}" has no month ${month}` };
  const daysInMonth = new Date(utcMillis(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) {
    return { ok: false, reason: `"${text}" is not a calendar date (that month has ${daysInMonth} days)` };
  }
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, reason: `"${text}" is not a valid time of day` };

  let precision: DatePrecision;
  let start: number;
  let end: number;
  if (mo === undefined) {
    precision = 'year';
    start = utcMillis(year, 0, 1);
    end = utcMillis(year + 1, 0, 1);
  } else if (d === undefined) {
    precision = 'month';
    start = utcMillis(year, month - 1, 1);
    end = utcMillis(year, month, 1);
  } else if (h === undefined) {
    precision = 'day';
    start = utcMillis(year, month - 1, day);
    end = utcMillis(year, month - 1, day + 1);
  } else {
    precision = s === undefined ? 'minute' : 'second';
    start = utcMillis(year, month - 1, day, hour, minute, second);
    end = start + (precision === 'minute' ? 60_000 : 1_000);
  }
  const offsetMinutes = offset === undefined ? null : parseOffset(offset);
  if (offset !== undefined && offsetMinutes === null) {
    return { ok: false, reason: `"${text}" has an impossible UTC offset` };
  }
  return { ok: true, date: { text, precision, start, end, offsetMinutes } };
}

/** Orders two dates: by start, then the more precise (shorter) one first. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a.start - b.start || a.end - b.end;
}

