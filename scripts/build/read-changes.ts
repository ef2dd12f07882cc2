import { parseCalendarDate } from '../../src/data/calendar-date.ts';

/**
 * The dataset's edition, read from its raw JSON for the changes feed: `revision`, `publisher` and
 * the `changes` list ({ date: "YYYY-MM-DD", events?: [ids], summary }, newest first). The app's
 * parser gains these fields in the same release; this small reader only needs them to be usable
 * and so stands alone: an entry that is not usable (no real day, no summary, events that are not
 * a list of ids) is left out of the feed, and the rest still go in.
 */
export interface Change {
  readonly date: string;
  readonly events: readonly string[];
  readonly summary: string;
}

export interface Edition {
  readonly revision?: string;
  readonly publisher?: string;
  readonly changes: readonly Change[];
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

function readChange(raw: unknown): Change | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const { date, events, summary } = raw as Record<string, unknown>;
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !parseCalendarDate(date).ok) return undefined;
  const said = text(summary);
  if (said === undefined) return undefined;
  if (events !== undefined && !(Array.isArray(events) && events.every((id) => typeof id === 'string' && id !== ''))) return undefined;
  return { date, events: (events as string[] | undefined) ?? [], summary: said };
}

export function readEdition(raw: unknown): Edition {
  const { revision, publisher, changes } = (raw ?? {}) as Record<string, unknown>;
  // "4" and 4 are the same edition; a publisher may be written as { name } as well as text.
  const edition = typeof revision === 'number' && Number.isFinite(revision) ? String(revision) : text(revision);
  const by = text(publisher) ?? text((publisher as { name?: unknown } | null | undefined)?.name);
  return {
    ...(edition === undefined ? {} : { revision: edition }),
    ...(by === undefined ? {} : { publisher: by }),
    changes: Array.isArray(changes) ? changes.flatMap((change) => readChange(change) ?? []) : [],
  };
}
