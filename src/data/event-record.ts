import type { CalendarDate } from './calendar-date.ts';
import { isCanonicalHttpUrl } from './canonical-url.ts';
import type { RawEvent, RawSource } from './dataset-schema.ts';
import { NO_STRINGS, type SharedValues } from './shared-values.ts';
import { safeHttpUrl, userInfoHost } from './safe-url.ts';
import type { RecordProblem, Source, TimelineEvent } from './timeline-event.ts';

/** A record that breaks a rule, before its index is added (an event otherwise: no wrapper object per event). */
export class EventProblem {
  constructor(readonly problem: Omit<RecordProblem, 'index'>) {}
}

/** Hears what was changed in a record that still loads: the field, and why. */
export type WarnField = (field: string, reason: string) => void;

const deceptive = (host: string) =>
  `its address has a user name or password before "@", so it leads to ${host}, not where it seems to (links like that can pass for another site)`;

/** An address with user info: what it holds is left out, and the report says why. */
class LeftOut {
  constructor(
    readonly field: string,
    readonly what: string,
    readonly why: string,
  ) {}

  get reason(): string {
    return `${this.what} left out: ${this.why}`;
  }
}

/** A checked address, or why not: a problem rejects the record, LeftOut only what the address belongs to. */
function checkUrl(written: string, field: string, what: string): string | LeftOut | EventProblem {
  const trimmed = written.trim();
  const url = isCanonicalHttpUrl(trimmed) ? trimmed : safeHttpUrl(trimmed);
  if (url) return url;
  const host = userInfoHost(trimmed);
  if (host === undefined) return new EventProblem({ field, reason: `${what} is not a valid http(s) address` });
  return new LeftOut(field, what, deceptive(host));
}

function toSource(raw: RawSource, i: number, shared: SharedValues, warn: WarnField): Source | LeftOut | EventProblem {
  const url = checkUrl(raw.url, `sources.${i}.url`, 'source');
  if (typeof url !== 'string') return url;
  const { title, publisher } = raw;
  // Only text cleaned of bidi controls can be empty here (the schema refuses empty text).
  if (!title || !publisher) return new EventProblem({ field: `sources.${i}.${title ? 'publisher' : 'title'}`, reason: 'nothing is left once bidi control characters are removed' });
  let published: CalendarDate | undefined;
  if (raw.published !== undefined) {
    const parsed = shared.date(raw.published);
    if (!parsed.ok) return new EventProblem({ field: `sources.${i}.published`, reason: parsed.reason });
    published = parsed.date;
  }
  const archived = raw.archived === undefined ? undefined : checkUrl(raw.archived, `sources.${i}.archived`, 'archived copy');
  if (archived instanceof EventProblem) return archived;
  if (archived instanceof LeftOut) warn(archived.field, archived.reason);
  const source: { -readonly [K in keyof Source]: Source[K] } = { url, title, publisher };
  if (published) source.published = published;
  if (typeof archived === 'string') source.archived = archived;
  return source;
}

/**
 * The rules JSON Schema cannot express, on a record that already has the right shape (and text
 * already cleaned of bidi controls: event-text.ts). A source whose address hides its host
 * behind user info is left out, reported through `warn`; the event stays if a source remains.
 */
export function toEvent(raw: RawEvent, categoryIds: ReadonlySet<string>, shared: SharedValues, warn: WarnField): TimelineEvent | EventProblem {
  const fail = (field: string, reason: string) => new EventProblem({ id: raw.id, field, reason });
  const date = shared.date(raw.date);
  if (!date.ok) return fail('date', date.reason);
  let end: CalendarDate | undefined;
  if (raw.end !== undefined) {
    const parsed = shared.date(raw.end);
    if (!parsed.ok) return fail('end', parsed.reason);
    if (parsed.date.end <= date.date.start) return fail('end', `end "${raw.end}" is before date "${raw.date}"`);
    end = parsed.date;
  }
  let updated: CalendarDate | undefined;
  if (raw.updated !== undefined) {
    const parsed = shared.date(raw.updated);
    if (!parsed.ok) return fail('updated', parsed.reason);
    updated = parsed.date;
  }
  if (!categoryIds.has(raw.category)) return fail('category', `unknown category "${raw.category}"`);
  if (!raw.title) return fail('title', 'title is empty once bidi control characters are removed');
  for (const [language, entry] of Object.entries(raw.i18n ?? {})) {
    if (entry.title === '') return fail(`i18n.${language}.title`, 'title is empty once bidi control characters are removed');
  }
  const sources: Source[] = [];
  let firstLeftOut: LeftOut | undefined;
  for (let i = 0; i < raw.sources.length; i++) {
    const source = toSource(raw.sources[i]!, i, shared, warn);
    if (source instanceof EventProblem) return fail(source.problem.field, source.problem.reason);
    if (source instanceof LeftOut) {
      firstLeftOut ??= source;
      warn(source.field, source.reason);
    } else sources.push(source);
  }
  // Nothing left to show the event by: then it is skipped, naming the first address left out.
  if (sources.length === 0) return fail(firstLeftOut!.field, `no usable source left: ${firstLeftOut!.why}`);
  // Spelled out rather than spread: one object shape for every event is quicker to build,
  // copy to the page and read, which counts at 100,000 events.
  const event: TimelineEvent = {
    id: raw.id,
    title: raw.title,
    // Set on every event (undefined when none), and key always a boolean like approximate:
    // one object shape for all (see above); only a true key is ever written out again.
    label: raw.label,
    key: raw.key === true,
    summary: raw.summary,
    category: raw.category,
    date: date.date,
    end,
    approximate: raw.approximate ?? false,
    place: shared.place(raw.place),
    actors: raw.actors.length > 0 ? raw.actors : NO_STRINGS,
    casualties: raw.casualties,
    sources,
    tags: raw.tags.length > 0 ? raw.tags : NO_STRINGS,
    status: raw.status,
    updated,
    i18n: raw.i18n && Object.keys(raw.i18n).length > 0 ? raw.i18n : undefined,
    start: date.date.start,
    stop: end ? end.end : date.date.end,
  };
  return event;
}
