import { utcDateFormat } from '../i18n/time-format.ts';
import { t } from '../i18n/translate.ts';
import type { CalendarDate } from './calendar-date.ts';

// Dates are written unambiguously ("4 Jan 2024", never "01/04/24") and only as precisely as
// the data says: a month stays "Oct 2023". All formatting is UTC because dates are wall-clock
// values (see calendar-date.ts), so the reader's time zone never moves an event to another day.
// The month names are the active language's (i18n/time-format.ts: "4 كانون الثاني 2024" in Arabic).
const formatYear = (date: Date) => utcDateFormat('%Y')(date);
const formatMonth = (date: Date) => utcDateFormat('%b %Y')(date);
const formatDay = (date: Date) => utcDateFormat('%-d %b %Y')(date);
const formatDayNoYear = (date: Date) => utcDateFormat('%-d %b')(date);
const formatMonthNoYear = (date: Date) => utcDateFormat('%b')(date);
const formatTime = (date: Date) => utcDateFormat('%H:%M')(date);
const formatTimeSeconds = (date: Date) => utcDateFormat('%H:%M:%S')(date);

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/** "2023", "Oct 2023", "4 Jan 2024", "20 Jan 2024, 18:30 (UTC+3)". */
export function formatCalendarDate(date: CalendarDate): string {
  const at = new Date(date.start);
  switch (date.precision) {
    case 'year':
      return formatYear(at);
    case 'month':
      return formatMonth(at);
    case 'day':
      return formatDay(at);
    case 'minute':
    case 'second': {
      const time = date.precision === 'minute' ? formatTime(at) : formatTimeSeconds(at);
      const zone = date.offsetMinutes === null ? '' : ` (${formatOffset(date.offsetMinutes)})`;
      return t('date.withTime', { day: formatDay(at), time: `${time}${zone}` });
    }
  }
}

/** Shortest unambiguous label for the first half of a range that ends in `end`'s year. */
function formatRangeStart(date: CalendarDate, end: CalendarDate): string {
  const sameYear = new Date(date.start).getUTCFullYear() === new Date(end.start).getUTCFullYear();
  if (!sameYear || date.precision === 'year') return formatCalendarDate(date);
  if (date.precision === 'month') return formatMonthNoYear(new Date(date.start));
  if (date.precision === 'day') return formatDayNoYear(new Date(date.start));
  return formatCalendarDate(date);
}

/**
 * The label of an event's date: "c. 18 Oct 2023" when approximate, "24 Nov – 1 Dec 2023" for
 * a span.
 */
export function formatEventDate(date: CalendarDate, end?: CalendarDate, approximate = false): string {
  const text = end ? `${formatRangeStart(date, end)} – ${formatCalendarDate(end)}` : formatCalendarDate(date);
  return approximate ? t('date.approximate', { date: text }) : text;
}

/** The precision in words, for screen readers and the detail panel ("date known to the month"). */
export function describePrecision(date: CalendarDate, approximate: boolean): string | null {
  if (approximate) return t('date.precisionApproximate');
  if (date.precision === 'year') return t('date.precisionYear');
  if (date.precision === 'month') return t('date.precisionMonth');
  return null;
}

/** The calendar day a wall-clock instant falls on, e.g. for "3 more events near 4 Jan 2024". */
export function formatDayOf(ms: number): string {
  return formatDay(new Date(ms));
}
