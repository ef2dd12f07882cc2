import { parquetMetadataAsync, parquetReadObjects, type AsyncBuffer, type FileMetaData } from 'hyparquet';
import { DatasetProblem } from '../../data/load-status.ts';
import { readFailure } from '../../data/read-failure.ts';
import { PARQUET_COLUMNS, PARQUET_METADATA_KEY, recordOfRow } from '../../data/parquet-layout.ts';
import type { ParquetFooterData, ParquetSummary } from '../../data/parquet-summary.ts';
import { readDataset } from '../../data/parse-dataset.ts';
import type { LoadedDataset } from '../../data/timeline-event.ts';
import { rowGroupSpans, type RowGroupSpan } from './range-plan.ts';

/**
 * A Parquet dataset's footer and rows, through hyparquet: the footer gives the row groups, our
 * header (title, categories, series …) and the day counts (parquet-summary.ts); rows become
 * records of our format (parquet-layout.ts) and are checked by the same reader as JSON.
 */
export interface ParquetFooter {
  readonly metadata: FileMetaData;
  /** The dataset header as in our JSON, with an empty events list. */
  readonly header: Record<string, unknown>;
  readonly summary: ParquetSummary;
  readonly spans: readonly RowGroupSpan[];
}

/** Columns read back: start and stop are computed again from the dates by the checks. */
const COLUMNS = PARQUET_COLUMNS.map((column) => column.name).filter((name) => name !== 'start' && name !== 'stop');

/** The columns the file has of those: one written before a column was added (i18n) lacks it. */
function columnsIn(metadata: FileMetaData): string[] {
  const names = new Set(metadata.schema.map((element) => element.name));
  return COLUMNS.filter((name) => names.has(name));
}

/**
 * `tailBytes`: how much of the file's end is at hand already (range-file.ts asked for it with
 * its first request), so hyparquet's first read is served from it rather than asking again.
 */
export async function readParquetFooter(file: AsyncBuffer, tailBytes = file.byteLength): Promise<ParquetFooter> {
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(file, { initialFetchSize: Math.min(tailBytes, file.byteLength) });
  } catch (error) {
    throw new DatasetProblem(readFailure('read.badParquet', undefined, error instanceof Error ? error.message : String(error)), 'format');
  }
  const text = metadata.key_value_metadata?.find((entry) => entry.key === PARQUET_METADATA_KEY)?.value;
  if (!text) throw new DatasetProblem(readFailure('read.parquetMetadata', { key: PARQUET_METADATA_KEY }), 'format');
  const data = JSON.parse(text) as ParquetFooterData;
  return { metadata, header: { ...data.header, events: [] }, summary: data.summary, spans: rowGroupSpans(metadata) };
}

/** The dataset's own fields (title, categories, series, changes), with no events yet. */
export function headerDataset(footer: ParquetFooter): LoadedDataset {
  return readDataset(footer.header).finish()!;
}

/** The events of some row groups (in file order, so in time order), checked; skipped rows numbered from the file's start. */
export async function readGroupEvents(file: AsyncBuffer, footer: ParquetFooter, groups: readonly RowGroupSpan[]): Promise<LoadedDataset> {
  const reader = readDataset(footer.header);
  const offsets: number[] = [];
  for (const group of groups) {
    const rows = await parquetReadObjects({ file, metadata: footer.metadata, columns: columnsIn(footer.metadata), rowStart: group.rowStart, rowEnd: group.rowStart + group.rows });
    for (const row of rows) reader.add(recordOfRow(row));
    offsets.push(group.rowStart);
  }
  const loaded = reader.finish()!;
  // The reader numbers the records it saw; number them by row of the file instead.
  const rowOf = (index: number) => {
    let seen = 0;
    for (const [i, group] of groups.entries()) {
      if (index < seen + group.rows) return offsets[i]! + index - seen;
      seen += group.rows;
    }
    return index;
  };
  return { ...loaded, skipped: loaded.skipped.map((problem) => ({ ...problem, index: rowOf(problem.index) })) };
}

/** A whole file already in memory (no Range, a local file, `validate`): every row, and the header as in our JSON. */
export async function readWholeParquet(bytes: ArrayBuffer): Promise<{ loaded: LoadedDataset; header: Record<string, unknown> }> {
  const footer = await readParquetFooter(bytes);
  return { loaded: await readGroupEvents(bytes, footer, footer.spans), header: footer.header };
}
