import { afterEach, describe, expect, it } from 'vitest';
import { ar } from '../i18n/messages-ar.ts';
import { en } from '../i18n/messages-en.ts';
import { setActiveCatalogue } from '../i18n/translate.ts';
import { parseCalendarDate, type CalendarDate } from './calendar-date.ts';
import { describePrecision, formatCalendarDate, formatEventDate } from './format-date.ts';

function parse(text: string): CalendarDate {
  const result = parseCalendarDate(text);
  if (!result.ok) throw new Error(`expected "${text}" to parse: ${result.reason}`);
  return result.date;
}

const label = (text: string) => formatCalendarDate(parse(text));

describe('formatCalendarDate', () => {
  it('proves it runs outside UTC', () => {
    expect(new Date(2024, 0, 4).getTimezoneOffset()).not.toBe(0);
  });

  it('writes a day unambiguously, day first, without padding', () => {
    expect(label('2024-01-04')).toBe('4 Jan 2024');
    expect(label('2023-10-17')).toBe('17 Oct 2023');
  });

  it('keeps the first and last day of a year on their own day in a non-UTC zone', () => {
    // In New York, local-time formatting would print 31 Dec 2023 and 30 Dec 2024.
    expect(label('2024-01-01')).toBe('1 Jan 2024');
    expect(label('2024-12-31')).toBe('31 Dec 2024');
  });

  it('writes a month as a month, never as its first day', () => {
    expect(label('2023-10')).toBe('Oct 2023');
    expect(label('2024-01')).toBe('Jan 2024');
  });

  it('writes a year as a year', () => {
    expect(label('2023')).toBe('2023');
  });

  it('writes a time with its written offset in whole hours', () => {
    expect(label('2024-01-20T18:30+03:00')).toBe('20 Jan 2024, 18:30 (UTC+3)');
  });

  it('does not shift a time by its offset or by the reader zone', () => {
    expect(label('2024-01-01T00:15+05:00')).toBe('1 Jan 2024, 00:15 (UTC+5)');
    expect(label('2023-12-31T23:45-05:00')).toBe('31 Dec 2023, 23:45 (UTC−5)');
  });

  it('writes offsets with minutes, and Z as UTC', () => {
    expect(label('2024-01-20T18:30+05:30')).toBe('20 Jan 2024, 18:30 (UTC+5:30)');
    expect(label('2024-01-20T18:30-09:30')).toBe('20 Jan 2024, 18:30 (UTC−9:30)');
    expect(label('2024-01-20T06:05Z')).toBe('20 Jan 2024, 06:05 (UTC)');
  });

  it('writes seconds only when the data has them', () => {
    expect(label('2024-01-20T18:30:07+03:00')).toBe('20 Jan 2024, 18:30:07 (UTC+3)');
  });
});

describe('formatEventDate', () => {
  it('prefixes an approximate date with "c."', () => {
    expect(formatEventDate(parse('2023-10-18'), undefined, true)).toBe('c. 18 Oct 2023');
    expect(formatEventDate(parse('2023-10'), undefined, true)).toBe('c. Oct 2023');
  });

  it('writes an exact single date as it is', () => {
    expect(formatEventDate(parse('2023-10-18'))).toBe('18 Oct 2023');
  });

  it('shortens the start of a span within one year', () => {
    expect(formatEventDate(parse('2023-11-24'), parse('2023-12-01'))).toBe('24 Nov – 1 Dec 2023');
    expect(formatEventDate(parse('2023-10'), parse('2023-12'))).toBe('Oct – Dec 2023');
  });

  it('writes both years for a span across years', () => {
    expect(formatEventDate(parse('2023-12-28'), parse('2024-01-03'))).toBe('28 Dec 2023 – 3 Jan 2024');
    expect(formatEventDate(parse('2023-10'), parse('2024-02'))).toBe('Oct 2023 – Feb 2024');
    expect(formatEventDate(parse('2022'), parse('2024'))).toBe('2022 – 2024');
  });

  it('keeps mixed precision as written', () => {
    expect(formatEventDate(parse('2023-10'), parse('2023-12-15'))).toBe('Oct – 15 Dec 2023');
    expect(formatEventDate(parse('2023-10-07'), parse('2024'))).toBe('7 Oct 2023 – 2024');
  });

  it('writes a span of times in full', () => {
    expect(formatEventDate(parse('2024-01-20T18:30+03:00'), parse('2024-01-20T21:00+03:00'))).toBe(
      '20 Jan 2024, 18:30 (UTC+3) – 20 Jan 2024, 21:00 (UTC+3)',
    );
  });

  it('prefixes an approximate span once', () => {
    expect(formatEventDate(parse('2023-11-24'), parse('2023-12-01'), true)).toBe('c. 24 Nov – 1 Dec 2023');
  });
});

describe('describePrecision', () => {
  it('names coarse and approximate dates, and nothing for exact days or times', () => {
    expect(describePrecision(parse('2023-10-18'), true)).toBe('Approximate date');
    expect(describePrecision(parse('2023'), false)).toBe('Date known to the year');
    expect(describePrecision(parse('2023-10'), false)).toBe('Date known to the month');
    expect(describePrecision(parse('2023-10-18'), false)).toBeNull();
    expect(describePrecision(parse('2023-10-18T10:00Z'), false)).toBeNull();
  });
});

describe('a date with a time, in each language', () => {
  afterEach(() => setActiveCatalogue('en', en));

  it('puts the time after the day with the language’s comma', () => {
    expect(label('2024-01-20T18:30+03:00')).toBe('20 Jan 2024, 18:30 (UTC+3)');
    setActiveCatalogue('ar', ar);
    expect(label('2024-01-20T18:30+03:00')).toMatch(/^20 كانون الثاني 2024، 18:30 /);
  });
});
