import type { CalendarDate } from './calendar-date.ts';
import type { RawPlace } from './dataset-schema.ts';

/** The typed records the app works with, made once at the boundary by parse-dataset.ts. */
export interface Source {
  readonly url: string;
  readonly title: string;
  readonly publisher: string;
  readonly published?: CalendarDate;
}

export type Place = RawPlace;

export interface Casualties {
  readonly killed?: number;
  readonly injured?: number;
  readonly note?: string;
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
  /** Where the event starts and stops on the time axis (wall-clock ms; stop is exclusive). */
  readonly start: number;
  readonly stop: number;
}

export interface Category {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly description?: string;
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
}

export interface Dataset {
  readonly title: string;
  readonly description: string;
  readonly updated?: CalendarDate;
  readonly license?: string;
  readonly categories: readonly Category[];
  /** Sorted by start, then stop, then dataset order: the order Previous/Next walk. */
  readonly events: readonly TimelineEvent[];
  readonly series: readonly Series[];
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

export interface LoadedDataset {
  readonly dataset: Dataset;
  readonly skipped: readonly RecordProblem[];
}
