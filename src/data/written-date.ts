/**
 * Dates as people write them in spreadsheets and exports → our date text. Shared by the ACLED
 * importer and the spreadsheet readers (our template, TimelineJS's sheet), so one cell reads
 * the same way whichever file it is in.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
};

const two = (value: number | string) => String(value).padStart(2, '0');

/** "January", "jan", "Sept." → 1, 1, 9; undefined for anything else ("constructor" included). */
export function monthNumber(name: string): number | undefined {
  const key = name.trim().replace(/\.$/, '').toLowerCase();
  return Object.hasOwn(MONTHS, key) ? MONTHS[key] : undefined;
}

/**
 * "2024-01-04", "2024-1-4", "04 January 2024", "4-Jan-2024" or "January 4, 2024" → "2024-01-04".
 * Anything else is passed on as written (our own "2023-10" or "2024-01-20T18:30+03:00" too),
 * for validation to accept or to reject with the reason.
 */
export function writtenDate(text: string): string {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return `${iso[1]}-${two(iso[2]!)}-${two(iso[3]!)}`;
  const dayFirst = /^(\d{1,2})[\s-]+([A-Za-z]+\.?)[\s-]+(\d{4})$/.exec(value);
  const monthFirst = /^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/.exec(value);
  const [day, monthName, year] = dayFirst
    ? [dayFirst[1]!, dayFirst[2]!, dayFirst[3]!]
    : monthFirst
      ? [monthFirst[2]!, monthFirst[1]!, monthFirst[3]!]
      : [];
  const month = monthName === undefined ? undefined : monthNumber(monthName);
  if (day === undefined || year === undefined || month === undefined) return value;
  return `${year}-${two(month)}-${two(day)}`;
}
