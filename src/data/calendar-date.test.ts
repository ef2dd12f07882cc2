import { describe, expect, it } from 'vitest';
import { compareCalendarDates, DATE_PATTERN, parseCalendarDate, type CalendarDate } from './calendar-date.ts';

function parse(text: string): CalendarDate {
  const result = parseCalendarDate(text);
  if (!result.ok) throw new Error(`expected "${text}" to parse: ${result.reason}`);
  return result.date;
}

function reason(text: string): string {
  const result = parseCalendarDate(text);
  if (result.ok) throw new Error(`expected "${text}" to be rejected`);
  return result.reason;
}

const iso = (ms: number) => new Date(ms).toISOString();

describe('the test environment', () => {
  it('runs in a time zone that is not UTC, so local-time slips would show', () => {
    // vitest.config.ts sets TZ=America/New_York.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/New_York');
    // Both winter (EST, +300) and summer (EDT, +240) offsets are non-zero.
    expect(new Date(Date.UTC(2024, 0, 4)).getTimezoneOffset()).toBe(300);
    expect(new Date(Date.UTC(2024, 6, 4)).getTimezoneOffset()).toBe(240);
  });
});

describe('parseCalendarDate: the forms and their precision', () => {
  it('reads a year as the whole year', () => {
    const date = parse('2023');
    expect(date).toEqual({
      text: '2023',
      precision: 'year',
      start: Date.UTC(2023, 0, 1),
      end: Date.UTC(2024, 0, 1),
      offsetMinutes: null,
    });
  });

  it('reads a month as the whole month, never as its first day', () => {
    const date = parse('2023-10');
    expect(date.precision).toBe('month');
    expect(iso(date.start)).toBe('2023-10-01T00:00:00.000Z');
    expect(iso(date.end)).toBe('2023-11-01T00:00:00.000Z');
    expect(date.end - date.start).toBe(31 * 86_400_000);
  });

  it('ends December at the start of the next year', () => {
    const date = parse('2023-12');
    expect(iso(date.start)).toBe('2023-12-01T00:00:00.000Z');
    expect(iso(date.end)).toBe('2024-01-01T00:00:00.000Z');
  });

  it('reads a day as that calendar day in wall-clock UTC ms', () => {
    const date = parse('2024-01-04');
    expect(date.precision).toBe('day');
    expect(date.start).toBe(Date.UTC(2024, 0, 4));
    expect(date.end).toBe(Date.UTC(2024, 0, 5));
    expect(date.offsetMinutes).toBeNull();
    // The day survives the non-UTC test zone because it is read back in UTC.
    expect(new Date(date.start).getUTCDate()).toBe(4);
  });

  it('ends 31 Dec at 1 Jan of the next year', () => {
    const date = parse('2023-12-31');
    expect(iso(date.start)).toBe('2023-12-31T00:00:00.000Z');
    expect(iso(date.end)).toBe('2024-01-01T00:00:00.000Z');
  });

  it('accepts ordinary days of February in a non-leap year', () => {
    expect(iso(parse('2023-02-15').start)).toBe('2023-02-15T00:00:00.000Z');
    expect(iso(parse('2023-02-28').end)).toBe('2023-03-01T00:00:00.000Z');
  });

  it('reads a time to the minute, keeping the written offset without shifting the value', () => {
    const date = parse('2024-01-20T18:30+03:00');
    expect(date.precision).toBe('minute');
    expect(iso(date.start)).toBe('2024-01-20T18:30:00.000Z');
    expect(date.end - date.start).toBe(60_000);
    expect(date.offsetMinutes).toBe(180);
  });

  it('does not move a late-evening time with a positive offset to the previous day', () => {
    const date = parse('2024-01-01T01:00+05:30');
    expect(new Date(date.start).getUTCDate()).toBe(1);
    expect(new Date(date.start).getUTCMonth()).toBe(0);
    expect(date.offsetMinutes).toBe(330);
  });

  it('does not move a late-evening time with a negative offset to the next day', () => {
    const date = parse('2023-12-31T23:30-08:00');
    expect(iso(date.start)).toBe('2023-12-31T23:30:00.000Z');
    expect(date.offsetMinutes).toBe(-480);
  });

  it('reads Z as offset 0', () => {
    const date = parse('2024-03-10T02:30Z');
    expect(date.offsetMinutes).toBe(0);
    // 02:30 on 10 Mar 2024 does not exist in New York (DST); as a wall-clock UTC value it is fine.
    expect(iso(date.start)).toBe('2024-03-10T02:30:00.000Z');
  });

  it('reads a time to the second', () => {
    const date = parse('2024-01-20T18:30:15Z');
    expect(date.precision).toBe('second');
    expect(iso(date.start)).toBe('2024-01-20T18:30:15.000Z');
    expect(date.end - date.start).toBe(1_000);
  });

  it('keeps the text as written', () => {
    for (const text of ['2023', '2023-10', '2023-10-07', '2023-10-07T06:29+03:00', '2023-10-07T06:29:30Z']) {
      expect(parse(text).text).toBe(text);
    }
  });

  it('handles years below 100 literally, not as 19xx', () => {
    const date = parse('0050-03-01');
    expect(new Date(date.start).getUTCFullYear()).toBe(50);
    expect(new Date(parse('0099').end).getUTCFullYear()).toBe(100);
  });
});

describe('parseCalendarDate: leap years', () => {
  it('accepts 29 Feb in leap years, including 2000', () => {
    expect(iso(parse('2024-02-29').start)).toBe('2024-02-29T00:00:00.000Z');
    expect(iso(parse('2000-02-29').end)).toBe('2000-03-01T00:00:00.000Z');
  });

  it('rejects 29 Feb in common years, including 1900 and 2100', () => {
    expect(reason('2023-02-29')).toMatch(/calendar date/);
    expect(parseCalendarDate('1900-02-29').ok).toBe(false);
    expect(parseCalendarDate('2100-02-29').ok).toBe(false);
  });

  it('gives February its real length as a month', () => {
    expect(parse('2024-02').end - parse('2024-02').start).toBe(29 * 86_400_000);
    expect(parse('2023-02').end - parse('2023-02').start).toBe(28 * 86_400_000);
  });
});

describe('parseCalendarDate: impossible and malformed values', () => {
  it.each([
    ['2023-02-30', /calendar date/],
    ['2023-04-31', /calendar date/],
    ['2023-01-00', /calendar date/],
    ['2023-13-01', /no month 13/],
    ['2023-00', /no month 0/],
    ['2023-13', /no month 13/],
    ['2024-01-04T25:00Z', /time of day/],
    ['2024-01-04T24:00Z', /time of day/],
    ['2024-01-04T12:60Z', /time of day/],
    ['2024-01-04T12:30:60Z', /time of day/],
    ['2024-01-04T12:30+15:00', /offset/],
    ['2024-01-04T12:30+03:60', /offset/],
  ])('rejects %s', (text, pattern) => {
    expect(reason(text)).toMatch(pattern);
  });

  it.each([
    '',
    '23',
    '2023-1',
    '2023-1-4',
    '2023/01/04',
    '04/01/2023',
    '2024-01-04T12:30', // a time must name its offset
    '2024-01-04 12:30Z',
    '2024-01-04T12Z',
    '2024-01-04T12:30:00.000Z',
    '+2024-01-04',
    '20240104',
    ' 2024-01-04',
    '2024-01-04\n',
    'yesterday',
  ])('rejects the malformed value %j', (text) => {
    const result = parseCalendarDate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('is not a date of the form');
  });

  it('agrees with DATE_PATTERN about which strings have the right form', () => {
    const pattern = new RegExp(DATE_PATTERN);
    for (const text of ['2023', '2023-10', '2023-10-07', '2023-10-07T06:29Z', '2023-10-07T06:29:30-05:00']) {
      expect(pattern.test(text)).toBe(true);
      expect(parseCalendarDate(text).ok).toBe(true);
    }
    for (const text of ['2023-1', '2024-01-04T12:30', 'x2023']) {
      expect(pattern.test(text)).toBe(false);
    }
  });
});

describe('compareCalendarDates', () => {
  it('orders by start, then the more precise date first', () => {
    const dates = ['2023-11', '2023', '2023-10-07T06:29Z', '2023-10', '2023-10-07', '2023-10-01'].map(parse);
    const sorted = [...dates].sort(compareCalendarDates).map((date) => date.text);
    expect(sorted).toEqual(['2023', '2023-10-01', '2023-10', '2023-10-07', '2023-10-07T06:29Z', '2023-11']);
  });

  it('returns 0 for the same period written the same way', () => {
    expect(compareCalendarDates(parse('2023-10'), parse('2023-10'))).toBe(0);
  });
});
