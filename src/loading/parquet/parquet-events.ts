import { parquetMetadataAsync, parquetRead, type AsyncBuffer, type FileMetaData } from 'hyparquet';
import { DatasetProblem } from '../../data/load-status.ts';
import { readFailure } from '../../data/read-failure.ts';
import { PARQUET_COLUMNS, PARQUET_METADATA_KEY, recordOfRow, type ParquetRow } from '../../data/parquet-layout.ts';
import type { ParquetFooterData, ParquetSummary } from '../../data/parquet-summary.ts';
import { readDataset } from '../../data/parse-dataset.ts';
import type { LoadedDataset } from '../../data/timeline-event.ts';
import { pageStrings } from './page-strings.ts';
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

/**
 * Where the footer starts, read from a file's last bytes ("…<metadata length>PAR1"), or
 * undefined when they are not a Parquet file's (readParquetFooter then says so).
 */
export function footerStart(tail: ArrayBuffer, byteLength: number): number | undefined {
  if (tail.byteLength < 8) return undefined;
  const view = new DataView(tail);
  if (view.getUint32(tail.byteLength - 4, true) !== 0x31524150) return undefined;
  const start = byteLength - 8 - view.getUint32(tail.byteLength - 8, true);
  return start >= 0 ? start : undefined;
}

/** The dataset's own fields (title, categories, series, changes), with no events yet. */
export function headerDataset(header: Record<string, unknown>): LoadedDataset {
  return readDataset(header).finish()!;
}

/**
 * One row group's columns, each an array of its values by row. Read by column (onChunk) rather
 * than as row objects: hyparquet's 20,000 objects a group were garbage again at once.
 * `mayHaveBidi` false: no text in them holds a bidi control (page-strings.ts).
 */
async function readGroupColumns(file: AsyncBuffer, footer: ParquetFooter, group: RowGroupSpan) {
  const names = columnsIn(footer.metadata);
  const columns = new Map(names.map((name) => [name, new Array<unknown>(group.rows).fill(null)]));
  const strings = pageStrings();
  await parquetRead({
    file,
    metadata: footer.metadata,
    columns: names,
    rowStart: group.rowStart,
    rowEnd: group.rowStart + group.rows,
    // Text reaches a record only as strings (recordOfRow leaves out anything else, such as what
    // a column typed JSON would give), so the strings read here are all the text there is.
    parsers: { stringFromBytes: strings.read },
    onChunk: ({ columnName, columnData, rowStart }) => {
      const values = columns.get(columnName);
      if (!values) return;
      // A chunk may reach outside the group asked for: only its rows are kept.
      const from = Math.max(0, group.rowStart - rowStart);
      const to = Math.min(columnData.length, group.rowStart + group.rows - rowStart);
      for (let i = from; i < to; i++) values[rowStart - group.rowStart + i] = columnData[i];
    },
  });
  return { columns, mayHaveBidi: strings.mayHaveBidi() };
}

/** Lets the thread's other tasks run (a worker's next message: a cancel). */
const otherTasks = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The events of some row groups (in file order, so in time order), checked; skipped rows
 * numbered from the file's start. Between decoding a group and checking its rows, which is most
 * of the work, a `signal` aborted meanwhile stops it.
 */
export async function readGroupEvents(file: AsyncBuffer, footer: ParquetFooter, groups: readonly RowGroupSpan[], signal?: AbortSignal): Promise<LoadedDataset> {
  const reader = readDataset(footer.header);
  const offsets: number[] = [];
  for (const group of groups) {
    const { columns, mayHaveBidi } = await readGroupColumns(file, footer, group);
    if (signal) {
      await otherTasks();
      signal.throwIfAborted();
    }
    const named = [...columns];
    // One row object, refilled for each row: recordOfRow reads it and keeps nothing of it.
    const row: Record<string, unknown> = {};
    for (let i = 0; i < group.rows; i++) {
      for (const [name, values] of named) row[name] = values[i];
      reader.add(recordOfRow(row as ParquetRow), mayHaveBidi);
    }
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
