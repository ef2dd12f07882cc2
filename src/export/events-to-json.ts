import type * as v from 'valibot';
import type { DatasetSchema } from '../data/dataset-schema.ts';
import type { Dataset, Series, TimelineEvent } from '../data/timeline-event.ts';

/** The dataset file format (version 1) as written: what parse-dataset.ts reads back. */
export type DatasetFile = v.InferInput<typeof DatasetSchema>;
type EventRecord = DatasetFile['events'][number];

/** Leaves out what is unset, so the file reads like a hand-written one. */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

function toRecord(event: TimelineEvent): EventRecord {
  return defined({
    id: event.id,
    date: event.date.text,
    end: event.end?.text,
    approximate: event.approximate || undefined,
    // Only a key moment says so: key false is what a file without the field means.
    key: event.key || undefined,
    title: event.title,
    label: event.label,
    summary: event.summary || undefined,
    category: event.category,
    place: event.place && defined({ ...event.place }),
    actors: event.actors.length ? [...event.actors] : undefined,
    casualties: event.casualties && defined({ ...event.casualties }),
    sources: event.sources.map((source) =>
      defined({ url: source.url, title: source.title, publisher: source.publisher, published: source.published?.text, archived: source.archived }),
    ),
    tags: event.tags.length ? [...event.tags] : undefined,
    status: event.status,
    updated: event.updated?.text,
    i18n: event.i18n,
  });
}

function toSeriesRecord(series: Series): NonNullable<DatasetFile['series']>[number] {
  return defined({
    id: series.id,
    label: series.label,
    unit: series.unit,
    note: series.note,
    i18n: series.i18n,
    points: series.points.map((point) =>
      defined({ date: point.date.text, value: point.value, qualifier: point.qualifier, note: point.note, source: point.source && defined({ ...point.source }) }),
    ),
  });
}

/**
 * A dataset file holding `events` (the filtered ones) with the dataset's header, categories
 * and series: our own format, so an export can be re-opened with ?data= or edited and shared.
 */
export function eventsToDataset(dataset: Dataset, events: readonly TimelineEvent[]): DatasetFile {
  return defined({
    version: 1 as const,
    title: dataset.title,
    description: dataset.description,
    language: dataset.language,
    defaultLanguage: dataset.defaultLanguage,
    i18n: dataset.i18n,
    updated: dataset.updated?.text,
    revision: dataset.revision,
    publisher: dataset.publisher,
    license: dataset.license,
    licenseUrl: dataset.licenseUrl,
    categories: dataset.categories.map((category) => defined({ ...category })),
    // The whole record of changes, even for a filtered export: it is the dataset's history.
    changes: dataset.changes.length
      ? dataset.changes.map((change) => defined({ date: change.date.text, events: change.events.length ? [...change.events] : undefined, summary: change.summary }))
      : undefined,
    events: events.map(toRecord),
    series: dataset.series.length ? dataset.series.map(toSeriesRecord) : undefined,
  });
}

export function eventsToJson(dataset: Dataset, events: readonly TimelineEvent[]): string {
  return `${JSON.stringify(eventsToDataset(dataset, events), null, 2)}\n`;
}
