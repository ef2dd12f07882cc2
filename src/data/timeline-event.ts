import type { CalendarDate } from './calendar-date.ts';
import type { ClaimStatus } from './claim-status.ts';
import type { RawPlace } from './dataset-schema.ts';
import type { WindowedState } from './windowed-dataset.ts';

/** The typed records the app works with, made once at the boundary by parse-dataset.ts. */
export interface Source {
  readonly url: string;
  readonly title: string;
  readonly publisher: string;
  readonly published?: CalendarDate;
  /** An archived copy of the page (http(s), checked like `url`), for when the page moves or dies. */
  readonly archived?: string;
}

export type Place = RawPlace;

export interface Casualties {
  readonly killed?: number;
  readonly injured?: number;
  readonly note?: string;
}

/** A record's text in other languages, by language tag ("ar"): what is not there shows the original. */
export type Translations<Text> = Readonly<Record<string, Text>>;

export interface EventTranslation {
  readonly title?: string;
  readonly label?: string;
  readonly summary?: string;
}

export interface TimelineEvent {
  readonly id: string;
  readonly title: string;
  /** A short headline (at most 40 characters) drawn beside the mark; else the title, cut. */
  readonly label?: string;
  /** A key moment of the story: drawn a little larger, labelled first, kept by `?key=1`. */
  readonly key?: boolean;
  readonly summary: string;
  readonly category: string;
  readonly date: CalendarDate;
  readonly end?: CalendarDate;
  readonly approximate: boolean;
  readonly place?: Place;
  readonly actors: readonly string[];
  readonly casualties?: Casualties;
  readonly sources: readonly Source[];
  readonly tags: readonly string[];
  /** How well the event is established (claim-status.ts); undefined when the dataset does not say. */
  readonly status?: ClaimStatus;
  /** The date of the event's last substantive change (see the dataset's `changes`). */
  readonly updated?: CalendarDate;
  /** The event's title, label and summary in other languages (localize-dataset.ts picks one). */
  readonly i18n?: Translations<EventTranslation>;
  /** Where the event starts and stops on the time axis (wall-clock ms; stop is exclusive). */
  readonly start: number;
  readonly stop: number;
}

export interface Category {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly description?: string;
  readonly i18n?: Translations<{ readonly label?: string; readonly description?: string }>;
}

export interface DatasetTranslation {
  readonly title?: string;
  readonly description?: string;
  /** The language it was translated from: the page says so. */
  readonly translatedFrom?: string;
}

export type Qualifier = 'approx' | 'at-least' | 'more-than';

export interface SeriesPoint {
  readonly date: CalendarDate;
  readonly value: number;
  readonly qualifier?: Qualifier;
  readonly note?: string;
  readonly source?: { readonly url: string; readonly title?: string; readonly publisher?: string };
}

export interface Series {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly note?: string;
  readonly points: readonly SeriesPoint[];
  readonly i18n?: Translations<{ readonly label?: string; readonly unit?: string; readonly note?: string }>;
}

/** One entry of the dataset's public record of corrections and updates. */
export interface DatasetChange {
  readonly date: CalendarDate;
  /** The ids of the events it touched (none for a change to the dataset as a whole). */
  readonly events: readonly string[];
  readonly summary: string;
}

export interface Dataset {
  readonly title: string;
  readonly description: string;
  /** The language of the dataset's own text ("en"), when it says; the page opens in it if we have it. */
  readonly language?: string;
  /** The language the page opens in when the link names none; else the reader's browser decides. */
  readonly defaultLanguage?: string;
  readonly i18n?: Translations<DatasetTranslation>;
  readonly updated?: CalendarDate;
  /** The dataset's own edition ("2024-03-01", "4"); the format's version stays 1. */
  readonly revision?: string;
  /** Who publishes the dataset, for citations. */
  readonly publisher?: string;
  /** The licence of the dataset's own text: an SPDX id such as "CC-BY-4.0", or a name. */
  readonly license?: string;
  /** Where the licence's text is (http(s)). */
  readonly licenseUrl?: string;
  /** Corrections and updates, newest first. */
  readonly changes: readonly DatasetChange[];
  readonly categories: readonly Category[];
  /** Sorted by start, then stop, then dataset order: the order Previous/Next walk. */
  readonly events: readonly TimelineEvent[];
  readonly series: readonly Series[];
  /** Set for a dataset read window by window (Parquet): `events` are then only the loaded ones. */
  readonly windowed?: WindowedState<TimelineEvent>;
}

/** Why one record was skipped: shown to the reader in the notice. */
export interface RecordProblem {
  readonly index: number;
  /** For a spreadsheet: the row as the sheet shows it (the header is row 1). */
  readonly row?: number;
  readonly id?: string;
  readonly field: string;
  readonly reason: string;
}

/**
 * Something a publisher should know about data that still loaded: text cleaned of bidi
 * controls, a deceptive link dropped, changes out of order. No index for the dataset's own fields.
 */
export interface LoadWarning {
  readonly index?: number;
  /** For a spreadsheet's record: its row as the sheet shows it (the header is row 1). */
  readonly row?: number;
  readonly id?: string;
  readonly field: string;
  readonly reason: string;
}

export interface LoadedDataset {
  readonly dataset: Dataset;
  readonly skipped: readonly RecordProblem[];
  readonly warnings: readonly LoadWarning[];
}
