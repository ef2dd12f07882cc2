/**
 * A whole number as the page writes counts, "12,345": en-GB grouping, which is also what
 * ar-IQ-u-nu-latn writes (Latin digits, see languages.ts), so one function serves both languages.
 * It is the same text as toLocaleString('en-GB'), without it. The first toLocaleString of a page starts the browser's
 * internationalisation data, about 30 ms on our machines, and counts are on the first frame.
 * Anything but a whole number is left to toLocaleString.
 */
export function formatCount(value: number): string {
  if (!Number.isSafeInteger(value)) return value.toLocaleString('en-GB');
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',');
  return value < 0 ? `-${digits}` : digits;
}
