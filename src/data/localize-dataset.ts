import type { Category, Dataset, EventTranslation, LoadedDataset, Series, TimelineEvent } from './timeline-event.ts';

/**
 * A dataset as a reader of `language` sees it: each event's, category's, series' and the dataset's own
 * text in that language where the data translates it (`i18n`), the original elsewhere. Pure:
 * untranslated records are returned as they are, and a dataset with nothing to translate is
 * returned itself, so a 100,000-event file without translations costs one pass and no copies.
 *
 * A translated event keeps its `i18n`, with the original text added under the dataset's
 * language ("und" when it names none), so search finds an event by either. `originalEvent`
 * gives back the record as the file has it, for exports.
 */

const originals = new WeakMap<TimelineEvent, TimelineEvent>();
const originalDatasets = new WeakMap<Dataset, Dataset>();
const copies = new WeakMap<TimelineEvent, Map<string, TimelineEvent>>();

function translatedEvent(event: TimelineEvent, text: EventTranslation, originalLanguage: string): TimelineEvent {
  const original = { title: event.title, label: event.label, summary: event.summary };
  // Spelled out, with sources read through: a packed event makes its sources on first read.
  const copy: TimelineEvent = {
    id: event.id,
    title: text.title ?? event.title,
    label: text.label ?? (text.title === undefined ? event.label : undefined),
    key: event.key,
    summary: text.summary ?? event.summary,
    category: event.category,
    date: event.date,
    end: event.end,
    approximate: event.approximate,
    place: event.place,
    actors: event.actors,
    casualties: event.casualties,
    get sources() {
      return event.sources;
    },
    tags: event.tags,
    status: event.status,
    updated: event.updated,
    i18n: { [originalLanguage]: original, ...event.i18n },
    start: event.start,
    stop: event.stop,
  };
  originals.set(copy, event);
  return copy;
}

function localizeEvent(event: TimelineEvent, language: string, originalLanguage: string): TimelineEvent {
  const text = event.i18n?.[language];
  if (!text) return event;
  let byLanguage = copies.get(event);
  if (!byLanguage) copies.set(event, (byLanguage = new Map()));
  let copy = byLanguage.get(language);
  if (!copy) byLanguage.set(language, (copy = translatedEvent(event, text, originalLanguage)));
  return copy;
}

function localizeCategory(category: Category, language: string): Category {
  const text = category.i18n?.[language];
  return text ? { ...category, label: text.label ?? category.label, description: text.description ?? category.description } : category;
}

function localizeSeries(series: Series, language: string): Series {
  const text = series.i18n?.[language];
  return text ? { ...series, label: text.label ?? series.label, unit: text.unit ?? series.unit, note: text.note ?? series.note } : series;
}

/** Whether a reader of `language` reads the dataset in its own language: then nothing is translated. */
function readsOriginal(dataset: Dataset, language: string): boolean {
  return dataset.language === language;
}

export function localizeDataset(dataset: Dataset, language: string): Dataset {
  if (readsOriginal(dataset, language)) return dataset;
  const originalLanguage = dataset.language ?? 'und';
  const events = dataset.events.map((event) => localizeEvent(event, language, originalLanguage));
  const categories = dataset.categories.map((category) => localizeCategory(category, language));
  const series = dataset.series.map((item) => localizeSeries(item, language));
  const text = dataset.i18n?.[language];
  const unchanged = <T>(list: readonly T[], before: readonly T[]) => list.every((item, i) => item === before[i]);
  const same = !text && unchanged(events, dataset.events) && unchanged(categories, dataset.categories) && unchanged(series, dataset.series);
  if (same) return dataset;
  const copy = { ...dataset, title: text?.title ?? dataset.title, description: text?.description ?? dataset.description, events, categories, series };
  originalDatasets.set(copy, dataset);
  return copy;
}

const loadedCopies = new WeakMap<LoadedDataset, Map<string, LoadedDataset>>();

/** localizeDataset for a loaded dataset, kept per dataset and language (every part of the screen asks). */
export function localizeLoaded(loaded: LoadedDataset, language: string): LoadedDataset {
  let byLanguage = loadedCopies.get(loaded);
  if (!byLanguage) loadedCopies.set(loaded, (byLanguage = new Map()));
  let copy = byLanguage.get(language);
  if (!copy) {
    const dataset = localizeDataset(loaded.dataset, language);
    byLanguage.set(language, (copy = dataset === loaded.dataset ? loaded : { ...loaded, dataset }));
  }
  return copy;
}

/** The dataset's header and categories as the file has them (for exports). */
export function originalDataset(dataset: Dataset): Dataset {
  return originalDatasets.get(dataset) ?? dataset;
}

/** The event as the file has it (for exports): a translated copy's original, else the event itself. */
export function originalEvent(event: TimelineEvent): TimelineEvent {
  return originals.get(event) ?? event;
}

/**
 * The language a piece of an event's text is shown in, when it is not the reader's: the
 * dataset's own language where the event has no translation of that field for `language`.
 * Undefined when it is the reader's, or when the dataset does not say what language it is in.
 */
export function untranslatedLanguage(event: TimelineEvent, field: keyof EventTranslation, dataset: Dataset, language: string): string | undefined {
  const original = originals.get(event) ?? event;
  return original.i18n?.[language]?.[field] === undefined ? ownTextLanguage(dataset, language) : undefined;
}

/**
 * The language of data text no translation covers (a correction's summary, a source's title),
 * when it is not the reader's, for `lang`: the dataset's own language, where it names one.
 */
export function ownTextLanguage(dataset: Dataset, language: string): string | undefined {
  return dataset.language && dataset.language !== language ? dataset.language : undefined;
}

/** As untranslatedLanguage, for the dataset's own title or description. */
export function untranslatedDatasetLanguage(dataset: Dataset, field: 'title' | 'description', language: string): string | undefined {
  return dataset.i18n?.[language]?.[field] === undefined ? ownTextLanguage(dataset, language) : undefined;
}

/** The language the dataset's translation for `language` was made from, for "Translated from English". */
export function translatedFrom(dataset: Dataset, language: string): string | undefined {
  return readsOriginal(dataset, language) ? undefined : dataset.i18n?.[language]?.translatedFrom;
}
