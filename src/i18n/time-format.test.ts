import { afterEach, describe, expect, it } from 'vitest';
import { ar } from './messages-ar.ts';
import { en } from './messages-en.ts';
import { intlTimeLocale, utcDateFormat } from './time-format.ts';
import { setActiveCatalogue } from './translate.ts';
import { localeTag } from './languages.ts';

afterEach(() => setActiveCatalogue('en', en));

const IRAQI_MONTHS = [
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول',
];
// Numeric date styles put right-to-left marks between the parts; a test reads past them.
const withoutMarks = (text: string) => text.replace(/[\u200e\u200f\u061c]/g, '');

describe('dates in Arabic', () => {
  it('the Iraqi month names, from Intl', () => {
    const months = IRAQI_MONTHS.map((_, month) => intlTimeLocale('ar').utcFormat('%B')(new Date(Date.UTC(2024, month, 1))));
    expect(months).toEqual(IRAQI_MONTHS);
  });

  it('day month year with Latin digits, as Intl writes ar-IQ-u-nu-latn', () => {
    setActiveCatalogue('ar', ar);
    const date = new Date(Date.UTC(2024, 0, 4));
    expect(utcDateFormat('%-d %b %Y')(date)).toBe('4 كانون الثاني 2024');
    const intl = new Intl.DateTimeFormat(localeTag('ar'), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
    expect(withoutMarks(intl)).toBe('4 كانون الثاني 2024');
    const numeric = new Intl.DateTimeFormat(localeTag('ar'), { dateStyle: 'short', timeZone: 'UTC' }).format(date);
    expect(withoutMarks(numeric)).toBe('4/1/2024');
  });

  it('English stays "4 Jan 2024"', () => {
    expect(utcDateFormat('%-d %b %Y')(new Date(Date.UTC(2024, 0, 4)))).toBe('4 Jan 2024');
  });
});
