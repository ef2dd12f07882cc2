import { timeFormatLocale, utcFormat, type TimeLocaleDefinition, type TimeLocaleObject } from 'd3-time-format';
import { localeTag, type Language } from './languages.ts';
import { activeLanguage } from './translate.ts';

/** d3-time-format's own English (its default locale, no Intl call at boot): "4 Jan 2024". */
const english: Pick<TimeLocaleObject, 'utcFormat'> = { utcFormat };

function names(tag: string, count: number, at: (index: number) => Date, options: Intl.DateTimeFormatOptions): string[] {
  const format = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
  return Array.from({ length: count }, (_, index) => format.format(at(index)));
}

/**
 * A d3 time locale built from Intl, so the axis's ticks and the page's dates say what
 * `Intl.DateTimeFormat('ar-IQ-u-nu-latn')` says: كانون الثاني … (ar-IQ's short months are the
 * full names, which Iraqi papers print too), Latin digits, day month year.
 */
export function intlTimeLocale(language: Language): TimeLocaleObject {
  const tag = localeTag(language);
  const months = names(tag, 12, (month) => new Date(Date.UTC(2024, month, 1)), { month: 'long' });
  // 7 Jan 2024 was a Sunday, d3's first day.
  const days = names(tag, 7, (day) => new Date(Date.UTC(2024, 0, 7 + day)), { weekday: 'long' });
  const [am, pm] = names(tag, 2, (half) => new Date(Date.UTC(2024, 0, 1, half * 12)), { hour: 'numeric', hour12: true, hourCycle: 'h12' }).map(
    (text) => text.replace(/[\d\s\u200e\u200f\u061c]/g, ''),
  );
  return timeFormatLocale({
    dateTime: '%x، %X',
    date: '%-d %B %Y',
    time: '%H:%M:%S',
    periods: [am || 'AM', pm || 'PM'],
    days: days as unknown as TimeLocaleDefinition['days'],
    shortDays: days as unknown as TimeLocaleDefinition['days'],
    months: months as unknown as TimeLocaleDefinition['months'],
    shortMonths: months as unknown as TimeLocaleDefinition['months'],
  });
}

const locales = new Map<Language, Pick<TimeLocaleObject, 'utcFormat'>>([['en', english]]);
const formats = new Map<string, (date: Date) => string>();

/** A UTC formatter for a d3 specifier in the active language ("%-d %b %Y"), cached. */
export function utcDateFormat(specifier: string): (date: Date) => string {
  const language = activeLanguage();
  const key = `${language} ${specifier}`;
  let format = formats.get(key);
  if (!format) {
    let locale = locales.get(language);
    if (!locale) locales.set(language, (locale = intlTimeLocale(language)));
    format = locale.utcFormat(specifier);
    formats.set(key, format);
  }
  return format;
}
