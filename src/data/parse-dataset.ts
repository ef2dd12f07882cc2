import * as v from 'valibot';
import { checkEnvelope, toCategories, toHeader } from './dataset-header.ts';
import { EventSchema } from './dataset-schema.ts';
import { EventProblem, toEvent, type WarnField } from './event-record.ts';
import { cleanEventText } from './event-text.ts';
import { fastCheckEvent } from './fast-event-check.ts';
import { issueField, issueReason } from './schema-issue.ts';
import { createSharedValues } from './shared-values.ts';
import type { LoadedDataset, LoadWarning, RecordProblem, TimelineEvent } from './timeline-event.ts';

export { DatasetFormatError } from './dataset-header.ts';

/** Most files are written in time order: checking that is quicker than sorting them again. */
function isSorted<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1]!, items[i]!) > 0) return false;
  return true;
}

/** A dataset read record by record (the worker reads records while the file downloads). */
export interface DatasetReader {
  /**
   * Checks the next record; records are numbered in the order they are added. `mayHaveBidi`
   * false says the record's text is known to hold no bidi controls (its source text was tested
   * in one go, which is nearly free for text without any non-Latin-1 character), and saves
   * testing each string: a million regex calls at 100,000 events.
   */
  add(record: unknown, mayHaveBidi?: boolean): void;
  /**
   * The dataset: the events so far, time-sorted, with the header fields of `header` (by
   * default the one the reader started from). Undefined when that header's categories are not
   * the ones the records were checked against.
   */
  finish(header?: unknown): LoadedDataset | undefined;
}

/**
 * Starts reading a dataset whose header (everything but the events) is `header`. A long stream
 * checked a batch at a time, each batch with a reader of its own (scripts/parquet/), passes one
 * set of `seenIds` to them all, so a duplicate id is found across batches as within one.
 */
export function readDataset(header: unknown, seenIds = new Set<string>()): DatasetReader {
  const envelope = checkEnvelope(header);
  const categoryWarnings: LoadWarning[] = [];
  const categories = toCategories(envelope.categories, (field, reason) => categoryWarnings.push({ field, reason }));
  const categoryIds = new Set(categories.map((category) => category.id));
  const shared = createSharedValues();
  const events: TimelineEvent[] = [];
  const skipped: RecordProblem[] = [];
  const eventWarnings: LoadWarning[] = [];
  // A record's warnings wait here until it loads: a skipped record's cleaned text is moot.
  const pending: { field: string; reason: string }[] = [];
  const warn: WarnField = (field, reason) => pending.push({ field, reason });
  let index = 0;

  function add(record: unknown, mayHaveBidi = true) {
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
    pending.length = 0;
    const checked = toEvent(mayHaveBidi ? cleanEventText(shaped, warn) : shaped, categoryIds, shared, warn);
    if (checked instanceof EventProblem) {
      skipped.push({ index: at, ...checked.problem });
      return;
    }
    for (const { field, reason } of pending) eventWarnings.push({ index: at, id: checked.id, field, reason });
    seenIds.add(checked.id);
    events.push(checked);
  }

  function finish(fullHeader?: unknown): LoadedDataset | undefined {
    const final = fullHeader === undefined ? envelope : checkEnvelope(fullHeader);
    if (final !== envelope && JSON.stringify(toCategories(final.categories, () => {})) !== JSON.stringify(categories)) return undefined;
    // Stable: events on the same day keep the dataset's order (a strike before the reaction to it).
    const byTime = (a: TimelineEvent, b: TimelineEvent) => a.start - b.start || a.stop - b.stop;
    if (!isSorted(events, byTime)) events.sort(byTime);
    const header = toHeader(final, seenIds);
    return {
      dataset: { ...header.fields, categories, events },
      skipped,
      warnings: [...header.warnings, ...categoryWarnings, ...eventWarnings],
    };
  }

  return { add, finish };
}

/**
 * Turns the JSON of a dataset into typed, time-sorted records. A record that breaks a rule is
 * skipped and named in `skipped` (index, id, field, reason); the rest still load. What was
 * changed on the way in (bidi controls removed, a deceptive link left out) is in `warnings`.
 * `mayHaveBidi` false: the JSON's text was tested and holds no bidi controls (see add).
 */
export function parseDataset(json: unknown, mayHaveBidi = true): LoadedDataset {
  const reader = readDataset(json);
  for (const record of (json as { events: readonly unknown[] }).events) reader.add(record, mayHaveBidi);
  return reader.finish()!;
}
