import * as v from 'valibot';
import { compareCalendarDates, parseCalendarDate, type CalendarDate } from './calendar-date.ts';
import { DatasetEnvelopeSchema, EventSchema, type RawCategory, type RawEvent, type RawSeries } from './dataset-schema.ts';
import { isCanonicalHttpUrl } from './canonical-url.ts';
import { fastCheckEvent } from './fast-event-check.ts';
import { createSharedValues, NO_STRINGS, type SharedValues } from './shared-values.ts';
import { safeHttpUrl } from './safe-url.ts';
import type { Category, LoadedDataset, RecordProblem, Series, SeriesPoint, Source, TimelineEvent } from './timeline-event.ts';

/** A source that cannot be used at all (wrong top-level shape): nothing to show. */
export class DatasetFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetFormatError';
  }
}

// Okabe–Ito, for categories that name no colour of their own.
const FALLBACK_COLORS = ['#0072B2', '#D55E00', '#009E73', '#E69F00', '#CC79A7', '#56B4E9', '#555555'];

function issueField(issue: v.BaseIssue<unknown>): string {
  return v.getDotPath(issue) ?? '(record)';
}

/** The schema library's words, in the reader's: "title is missing", not "Invalid key: …". */
function issueReason(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.type === 'object' && issue.received === 'undefined' && issue.path?.length) {
    return `${issueField(issue)} is missing`;
  }
  if (issue.kind === 'schema' && issue.type === 'object' && !issue.path?.length) {
    return `the record is not a JSON object (it is ${issue.received})`;
  }
  return issue.message;
}

function toCategories(raw: readonly RawCategory[]): Category[] {
  const seen = new Set<string>();
  return raw.flatMap((category, index) => {
    if (seen.has(category.id)) return [];
    seen.add(category.id);
    const color = category.color ?? FALLBACK_COLORS[index % FALLBACK_COLORS.length]!;
    return [{ ...category, color }];
  });
}

function toSeries(raw: readonly RawSeries[]): Series[] {
  return raw.map((series) => {
    const points: SeriesPoint[] = series.points.flatMap((point) => {
      const parsed = parseCalendarDate(point.date);
      if (!parsed.ok) return [];
      const source = point.source && safeHttpUrl(point.source.url) ? point.source : undefined;
      return [{ ...point, date: parsed.date, source }];
    });
    points.sort((a, b) => compareCalendarDates(a.date, b.date));
    return { ...series, points };
  });
}

/** A record that breaks a rule, before its index is added (an event otherwise: no wrapper object per event). */
class EventProblem {
  constructor(readonly problem: Omit<RecordProblem, 'index'>) {}
}

/** The rules JSON Schema cannot express, on a record that already has the right shape. */
function toEvent(raw: RawEvent, categoryIds: ReadonlySet<string>, shared: SharedValues): TimelineEvent | EventProblem {
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
  if (!categoryIds.has(raw.category)) return fail('category', `unknown category "${raw.category}"`);
  const sources: Source[] = [];
  for (let i = 0; i < raw.sources.length; i++) {
    const source = raw.sources[i]!;
    const written = source.url.trim();
    const url = isCanonicalHttpUrl(written) ? written : safeHttpUrl(written);
    if (!url) return fail(`sources.${i}.url`, 'source url is not a valid http(s) address');
    let published: CalendarDate | undefined;
    if (source.published !== undefined) {
      const parsed = shared.date(source.published);
      if (!parsed.ok) return fail(`sources.${i}.published`, parsed.reason);
      published = parsed.date;
    }
    sources.push(published ? { url, title: source.title, publisher: source.publisher, published } : { url, title: source.title, publisher: source.publisher });
  }
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
    start: date.date.start,
    stop: end ? end.end : date.date.end,
  };
  return event;
}

/** Most files are written in time order: checking that is quicker than sorting them again. */
function isSorted<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1]!, items[i]!) > 0) return false;
  return true;
}

function describeShape(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

type Envelope = v.InferOutput<typeof DatasetEnvelopeSchema>;

function checkEnvelope(json: unknown): Envelope {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new DatasetFormatError(`The data is ${describeShape(json)}, not a dataset object with "version", "title", "categories" and "events".`);
  }
  const envelope = v.safeParse(DatasetEnvelopeSchema, json);
  if (!envelope.success) {
    const issue = envelope.issues[0];
    const reason = issueReason(issue);
    const where = reason.startsWith(issueField(issue)) ? '' : `${issueField(issue)}: `;
    throw new DatasetFormatError(`The dataset is not in the expected format: ${where}${reason}.`);
  }
  return envelope.output;
}

/** A dataset read record by record (the worker reads records while the file downloads). */
export interface DatasetReader {
  /** Checks the next record; records are numbered in the order they are added. */
  add(record: unknown): void;
  /**
   * The dataset: the events so far, time-sorted, with the header fields of `header` (by
   * default the one the reader started from). Undefined when that header's categories are not
   * the ones the records were checked against.
   */
  finish(header?: unknown): LoadedDataset | undefined;
}

/** Starts reading a dataset whose header (everything but the events) is `header`. */
export function readDataset(header: unknown): DatasetReader {
  const envelope = checkEnvelope(header);
  const categories = toCategories(envelope.categories);
  const categoryIds = new Set(categories.map((category) => category.id));
  const seenIds = new Set<string>();
  const shared = createSharedValues();
  const events: TimelineEvent[] = [];
  const skipped: RecordProblem[] = [];
  let index = 0;

  function add(record: unknown) {
    const at = index++;
    // The hand-written check takes the common case; the schema decides (and words) the rest.
    let shaped = fastCheckEvent(record);
    if (!shaped) {
      const result = v.safeParse(EventSchema, record);
      if (!result.success) {
        const rawId = record && typeof record === 'object' && 'id' in record && typeof record.id === 'string' ? record.id : undefined;
        const issue = result.issues[0];
        skipped.push({ index: at, id: rawId, field: issueField(issue), reason: issueReason(issue) });
        return;
      }
      shaped = result.output;
    }
    if (seenIds.has(shaped.id)) {
      skipped.push({ index: at, id: shaped.id, field: 'id', reason: `duplicate id (an earlier record has "${shaped.id}")` });
      return;
    }
    const checked = toEvent(shaped, categoryIds, shared);
    if (checked instanceof EventProblem) {
      skipped.push({ index: at, ...checked.problem });
      return;
    }
    seenIds.add(checked.id);
    events.push(checked);
  }

  function finish(fullHeader?: unknown): LoadedDataset | undefined {
    const final = fullHeader === undefined ? envelope : checkEnvelope(fullHeader);
    if (final !== envelope && JSON.stringify(toCategories(final.categories)) !== JSON.stringify(categories)) return undefined;
    // Stable: events on the same day keep the dataset's order (a strike before the reaction to it).
    const byTime = (a: TimelineEvent, b: TimelineEvent) => a.start - b.start || a.stop - b.stop;
    if (!isSorted(events, byTime)) events.sort(byTime);
    const updatedDate = final.updated === undefined ? undefined : parseCalendarDate(final.updated);
    return {
      dataset: {
        title: final.title,
        description: final.description,
        license: final.license,
        updated: updatedDate?.ok ? updatedDate.date : undefined,
        categories,
        events,
        series: toSeries(final.series),
      },
      skipped,
    };
  }

  return { add, finish };
}

/**
 * Turns the JSON of a dataset into typed, time-sorted records. A record that breaks a rule is
 * skipped and named in `skipped` (index, id, field, reason); the rest still load.
 */
export function parseDataset(json: unknown): LoadedDataset {
  const reader = readDataset(json);
  for (const record of (json as { events: readonly unknown[] }).events) reader.add(record);
  return reader.finish()!;
}
