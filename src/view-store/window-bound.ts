import { parseCalendarDate } from '../data/calendar-date.ts';

/**
 * The `from`/`to` values of a link (see view-state.ts). Window bounds are wall-clock values, so
 * they are written without a zone ("2024-01-04" or "2024-01-04T12:30"); a trailing zone from a
 * hand-written link is accepted and ignored.
 */
const WINDOW_BOUND = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

const DAY_MS = 24 * 60 * 60 * 1000;

export type WindowEdge = 'from' | 'to';

/** The bound's wall-clock ms, or null when the text is not a date (or date-time) we write. */
export function parseBound(text: string, edge: WindowEdge): number | null {
  const parts = WINDOW_BOUND.exec(text);
  if (!parts) return null;
  const parsed = parseCalendarDate(parts[2] ? `${parts[1]}T${parts[2]}Z` : parts[1]!);
  if (!parsed.ok) return null;
  // A date-only `to` includes that whole day: "to=2024-01-31" shows 31 Jan.
  return edge === 'to' && !parts[2] ? parsed.date.end : parsed.date.start;
}

/** The shortest text that reads back as the same bound: a date alone when it falls on midnight. */
export function formatBound(ms: number, edge: WindowEdge): string {
  const rounded = Math.round(ms / 60_000) * 60_000;
  const iso = new Date(rounded).toISOString();
  if (rounded % DAY_MS === 0) {
    return edge === 'to' ? new Date(rounded - DAY_MS).toISOString().slice(0, 10) : iso.slice(0, 10);
  }
  return iso.slice(0, 16);
}
