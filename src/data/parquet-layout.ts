import type { TimelineEvent } from './timeline-event.ts';

/**
 * How our format is laid out as Apache Parquet (written by `npm run convert -- <in> --to
 * parquet`, read by loading/parquet/): one row per event, sorted by `start`, one column per field
 * of an event record, named as in the JSON. Scalars are columns of their own; lists and nested
 * objects (place, actors, casualties, tags, sources, i18n) are JSON text in a column of their name,
 * exactly as the JSON format writes them, so a row is a record of our format again and goes
 * through the same checks (parse-dataset.ts). Two more columns, `start` and `stop` (the time
 * axis, ms), carry the min/max statistics the reader uses to pick row groups for a window.
 * Pure: no Parquet library here, the writer and the reader both read this table.
 */

export type ParquetColumnType = 'STRING' | 'BOOLEAN' | 'DOUBLE';

export interface ParquetColumn {
  readonly name: string;
  readonly type: ParquetColumnType;
  /** Min/max statistics in the footer: only where a reader filters on them (they cost footer bytes). */
  readonly statistics: boolean;
}

const column = (name: string, type: ParquetColumnType, statistics = false): ParquetColumn => ({ name, type, statistics });

export const PARQUET_COLUMNS: readonly ParquetColumn[] = [
  column('start', 'DOUBLE', true),
  column('stop', 'DOUBLE', true),
  column('id', 'STRING'),
  column('date', 'STRING', true),
  column('end', 'STRING'),
  column('approximate', 'BOOLEAN'),
  column('key', 'BOOLEAN'),
  column('title', 'STRING'),
  column('label', 'STRING'),
  column('summary', 'STRING'),
  column('category', 'STRING'),
  column('status', 'STRING'),
  column('updated', 'STRING'),
  column('place', 'STRING'),
  column('actors', 'STRING'),
  column('casualties', 'STRING'),
  column('tags', 'STRING'),
  column('sources', 'STRING'),
  // Last, so files written before it are read as they were (a missing column is not asked for).
  column('i18n', 'STRING'),
];

/** The key of the footer's key-value metadata that holds the dataset header and the summary (parquet-summary.ts). */
export const PARQUET_METADATA_KEY = 'conflict-timeline';

export type ParquetValue = string | number | boolean | null;
export type ParquetRow = Readonly<Record<string, ParquetValue | bigint | undefined>>;

const jsonOrNull = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
const listOrNull = (list: readonly unknown[]) => (list.length === 0 ? null : JSON.stringify(list));

/** One checked event as a row (values in PARQUET_COLUMNS order). */
export function rowOfEvent(event: TimelineEvent): ParquetValue[] {
  const sources = event.sources.map(({ published, ...source }) => (published ? { ...source, published: published.text } : source));
  return [
    event.start,
    event.stop,
    event.id,
    event.date.text,
    event.end?.text ?? null,
    event.approximate,
    event.key === true,
    event.title,
    event.label ?? null,
    event.summary,
    event.category,
    event.status ?? null,
    event.updated?.text ?? null,
    jsonOrNull(event.place),
    listOrNull(event.actors),
    jsonOrNull(event.casualties),
    listOrNull(event.tags),
    JSON.stringify(sources),
    jsonOrNull(event.i18n),
  ];
}

/** A JSON text cell, read back; a cell that is not JSON stays text, and the checks then name the field. */
function parsed(cell: unknown): unknown {
  if (typeof cell !== 'string') return undefined;
  try {
    return JSON.parse(cell);
  } catch {
    return cell;
  }
}

const present = (cell: unknown) => (cell === null || cell === undefined ? undefined : cell);

/**
 * A row read from a file back into a record of our JSON format, unchecked: the caller puts it
 * through the dataset reader (parse-dataset.ts) like any record, so a file written by someone
 * else gets the same checks and messages. `start` and `stop` are left out (the reader computes them).
 */
export function recordOfRow(row: ParquetRow): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const set = (name: string, value: unknown) => {
    if (value !== undefined) record[name] = value;
  };
  for (const name of ['id', 'date', 'end', 'title', 'label', 'summary', 'category', 'status', 'updated']) set(name, present(row[name]));
  if (row.approximate === true) record.approximate = true;
  if (row.key === true) record.key = true;
  for (const name of ['place', 'actors', 'casualties', 'tags', 'sources', 'i18n']) set(name, parsed(row[name]));
  return record;
}

/** A checked event as a record of our JSON format (what `convert` writes from a Parquet file). */
export function recordOfEvent(event: TimelineEvent): Record<string, unknown> {
  const values = rowOfEvent(event);
  return recordOfRow(Object.fromEntries(PARQUET_COLUMNS.map((column, i) => [column.name, values[i]])));
}
