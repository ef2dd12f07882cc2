import * as v from 'valibot';
import { cleanText } from './bidi-controls.ts';
import { compareCalendarDates, parseCalendarDate } from './calendar-date.ts';
import { ChangeSchema, DatasetEnvelopeSchema, type RawCategory, type RawSeries } from './dataset-schema.ts';
import { LoadFailureError, type LoadFailure } from './load-failure.ts';
import { readFailure } from './read-failure.ts';
import { safeHttpUrl } from './safe-url.ts';
import { issueField, issueReason } from './schema-issue.ts';
import type { Category, Dataset, DatasetChange, LoadWarning, Series, SeriesPoint } from './timeline-event.ts';

/**
 * The dataset's own fields (everything but the events): checked once, text cleaned of bidi
 * controls, and what was changed or left out reported as warnings without a record index.
 */

/** A source that cannot be used at all (wrong top-level shape): nothing to show. */
export class DatasetFormatError extends LoadFailureError {
  constructor(failure: LoadFailure) {
    super(failure);
    this.name = 'DatasetFormatError';
  }
}

export type Envelope = v.InferOutput<typeof DatasetEnvelopeSchema>;
type Warn = (field: string, reason: string) => void;

function describeShape(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export function checkEnvelope(json: unknown): Envelope {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new DatasetFormatError(readFailure('read.notAnObject', { shape: describeShape(json) }));
  }
  const envelope = v.safeParse(DatasetEnvelopeSchema, json);
  if (!envelope.success) {
    const issue = envelope.issues[0];
    const reason = issueReason(issue);
    const where = reason.startsWith(issueField(issue)) ? '' : `${issueField(issue)}: `;
    throw new DatasetFormatError(readFailure('read.notExpected', undefined, `${where}${reason}`));
  }
  return envelope.output;
}

// Okabe–Ito, for categories that name no colour of their own.
const FALLBACK_COLORS = ['#0072B2', '#D55E00', '#009E73', '#E69F00', '#CC79A7', '#56B4E9', '#555555'];

/** A text field, cleaned; `field` names it in the report. */
const cleaner = (warn: Warn) => (text: string, field: string) => cleanText(text, field, warn);
const cleanOptional = (clean: ReturnType<typeof cleaner>, text: string | undefined, field: string) => (text === undefined ? undefined : clean(text, field));

/** Every text of every translation cleaned, named `${at}.i18n.<language>.<field>` in the report. */
function cleanTranslations<Text extends Readonly<Record<string, string | undefined>>>(
  i18n: Readonly<Record<string, Text>> | undefined,
  at: string,
  clean: ReturnType<typeof cleaner>,
): Readonly<Record<string, Text>> | undefined {
  if (!i18n || Object.keys(i18n).length === 0) return undefined;
  const entries = Object.entries(i18n).map(([language, entry]) => {
    const texts = Object.entries(entry).map(([field, text]) => [field, cleanOptional(clean, text, `${at}i18n.${language}.${field}`)]);
    return [language, Object.fromEntries(texts) as Text];
  });
  return Object.fromEntries(entries) as Readonly<Record<string, Text>>;
}

export function toCategories(raw: readonly RawCategory[], warn: Warn): Category[] {
  const clean = cleaner(warn);
  const seen = new Set<string>();
  return raw.flatMap((category, index) => {
    if (seen.has(category.id)) return [];
    seen.add(category.id);
    const color = category.color ?? FALLBACK_COLORS[index % FALLBACK_COLORS.length]!;
    const label = clean(category.label, `categories.${index}.label`);
    const description = cleanOptional(clean, category.description, `categories.${index}.description`);
    const i18n = cleanTranslations(category.i18n, `categories.${index}.`, clean);
    return [{ ...category, label, description, color, i18n }];
  });
}

function toSeries(raw: readonly RawSeries[], warn: Warn): Series[] {
  const clean = cleaner(warn);
  return raw.map((series, s) => {
    const points: SeriesPoint[] = series.points.flatMap((point, p) => {
      const parsed = parseCalendarDate(point.date);
      if (!parsed.ok) return [];
      const at = `series.${s}.points.${p}`;
      const source = point.source && safeHttpUrl(point.source.url) ? point.source : undefined;
      const cleanSource = source && { ...source, title: cleanOptional(clean, source.title, `${at}.source.title`), publisher: cleanOptional(clean, source.publisher, `${at}.source.publisher`) };
      return [{ ...point, date: parsed.date, note: cleanOptional(clean, point.note, `${at}.note`), source: cleanSource }];
    });
    points.sort((a, b) => compareCalendarDates(a.date, b.date));
    const label = clean(series.label, `series.${s}.label`);
    const i18n = cleanTranslations(series.i18n, `series.${s}.`, clean);
    return { ...series, label, unit: clean(series.unit, `series.${s}.unit`), note: cleanOptional(clean, series.note, `series.${s}.note`), points, i18n };
  });
}

/**
 * The changes that check, newest first. One that does not is left out with a warning, like a
 * bad record; changes out of order, or naming an event that did not load, are only warned of.
 */
function toChanges(raw: readonly unknown[], eventIds: ReadonlySet<string>, warn: Warn): DatasetChange[] {
  const clean = cleaner(warn);
  const changes: DatasetChange[] = [];
  raw.forEach((record, i) => {
    const result = v.safeParse(ChangeSchema, record);
    if (!result.success) {
      const issue = result.issues[0];
      const path = v.getDotPath(issue);
      return warn(path ? `changes.${i}.${path}` : `changes.${i}`, `change left out: ${issueReason(issue)}`);
    }
    const date = parseCalendarDate(result.output.date);
    if (!date.ok) return warn(`changes.${i}.date`, `change left out: ${date.reason}`);
    const events = result.output.events ?? [];
    events.forEach((id, e) => {
      if (!eventIds.has(id)) warn(`changes.${i}.events.${e}`, `no event with the id "${id}" loaded`);
    });
    const previous = changes.at(-1);
    if (previous && compareCalendarDates(previous.date, date.date) < 0) {
      warn(`changes.${i}.date`, `changes are not newest first: ${date.date.text} comes after ${previous.date.text} (shown newest first)`);
    }
    changes.push({ date: date.date, events, summary: clean(result.output.summary, `changes.${i}.summary`) });
  });
  // Stable: changes on one day keep the file's order.
  return changes.sort((a, b) => compareCalendarDates(b.date, a.date));
}

/** Everything of the Dataset but its categories and events, with the warnings it raised. */
export function toHeader(envelope: Envelope, eventIds: ReadonlySet<string>): { fields: Omit<Dataset, 'categories' | 'events'>; warnings: LoadWarning[] } {
  const warnings: LoadWarning[] = [];
  const warn: Warn = (field, reason) => warnings.push({ field, reason });
  const clean = cleaner(warn);
  const updated = envelope.updated === undefined ? undefined : parseCalendarDate(envelope.updated);
  const licenseUrl = envelope.licenseUrl === undefined ? undefined : safeHttpUrl(envelope.licenseUrl.trim());
  if (envelope.licenseUrl !== undefined && !licenseUrl) warn('licenseUrl', 'licence address left out: it is not a plain http(s) address (no user name or password before "@")');
  const fields = {
    title: clean(envelope.title, 'title'),
    description: clean(envelope.description, 'description'),
    language: envelope.language,
    defaultLanguage: envelope.defaultLanguage,
    i18n: cleanTranslations(envelope.i18n, '', clean),
    updated: updated?.ok ? updated.date : undefined,
    revision: cleanOptional(clean, envelope.revision, 'revision'),
    publisher: cleanOptional(clean, envelope.publisher, 'publisher'),
    license: cleanOptional(clean, envelope.license, 'license'),
    licenseUrl: licenseUrl ?? undefined,
    changes: toChanges(envelope.changes, eventIds, warn),
    series: toSeries(envelope.series, warn),
  };
  return { fields, warnings };
}
