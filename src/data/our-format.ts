import type { RecordProblem } from './timeline-event.ts';

/**
 * What an importer writes: a dataset in our JSON format (version 1), before validation. Values
 * an importer could not make sense of are passed through as found (a latitude of "n/a", a date
 * of "30 February 2023" turned into "2023-02-30"), so that the shared validation in
 * parse-dataset.ts names the record, the field and the reason, exactly as for our own files.
 */
export interface ImportedSource {
  url: string;
  title: string;
  publisher: string;
  published?: string;
  archived?: string;
}

export interface ImportedEvent {
  id: string;
  date: string | undefined;
  end?: string;
  /** A cell that is not yes/no is passed on as text, for validation to name. */
  approximate?: boolean | string;
  key?: boolean | string;
  title: string;
  label?: string;
  summary?: string;
  category: string;
  place?: {
    name: string;
    country?: string;
    lat?: number | string;
    lon?: number | string;
    precision?: string;
  };
  actors?: string[];
  casualties?: { killed?: number | string; injured?: number | string; note?: string };
  sources: ImportedSource[];
  tags?: string[];
  /** confirmed, reported, claimed or disputed (claim-status.ts); anything else is named by validation. */
  status?: string;
  updated?: string;
  i18n?: Record<string, Record<string, string>>;
}

export interface ImportedCategory {
  id: string;
  label: string;
  description?: string;
  i18n?: Record<string, Record<string, string>>;
}

export interface ImportedDataset {
  version: 1;
  title: string;
  description: string;
  updated?: string;
  license?: string;
  licenseUrl?: string;
  publisher?: string;
  revision?: string;
  language?: string;
  defaultLanguage?: string;
  i18n?: Record<string, Record<string, string>>;
  categories: ImportedCategory[];
  events: ImportedEvent[];
}

export interface ImportResult {
  readonly format: 'timelinejs' | 'acled-csv' | 'timelinejs-sheet' | 'sheet';
  readonly dataset: ImportedDataset;
  /**
   * For each entry of dataset.events, its position in the source file (the TimelineJS events
   * then eras, or the CSV data rows, counting from 0), so reports name the record as found.
   */
  readonly sourceIndex: readonly number[];
  /**
   * For spreadsheets: each entry of dataset.events, its row number as the sheet shows it (the
   * header is row 1), so reports say "Row 7" as the author sees it.
   */
  readonly sourceRow?: readonly number[];
  /** Records the importer could not read at all (indices are source positions, as above). */
  readonly problems: readonly RecordProblem[];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The text of a cell or JSON value: strings trimmed, numbers written out, anything else ''. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** A number when the cell is one, the text as written when not (validation says why). */
export function numberOrText(cell: string): number | string | undefined {
  if (cell === '') return undefined;
  const value = Number(cell);
  return Number.isFinite(value) ? value : cell;
}
