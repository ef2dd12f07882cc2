import type { FileMetaData } from 'hyparquet';

/**
 * Which row groups of a Parquet dataset a time window needs (of one file, or of an index's
 * files, whose spans are put one after the other: merge-footers.ts). Rows are sorted by start, and
 * each group's footer statistics give its earliest start and latest stop, so a group is needed
 * when that span meets the window (an event shows while start < window.to and stop > window.from).
 * Pure: the footer in, a plan out.
 */
export interface RowGroupSpan {
  /** Which file of the dataset it is in (0 for a dataset in one file; an index's files in its order), and its index there. */
  readonly file: number;
  readonly index: number;
  /** The group's first row in the file, and how many rows it has. */
  readonly rowStart: number;
  readonly rows: number;
  /** Earliest start and latest stop of its events (ms); ±Infinity when the footer does not say. */
  readonly from: number;
  readonly to: number;
  /** Its compressed size: what fetching all its columns costs. */
  readonly bytes: number;
}

function statistic(metadata: FileMetaData, group: number, column: string, end: 'min' | 'max'): number | undefined {
  const chunk = metadata.row_groups[group]!.columns.find((entry) => entry.meta_data?.path_in_schema.join('.') === column);
  const stats = chunk?.meta_data?.statistics;
  const value = end === 'min' ? (stats?.min_value ?? stats?.min) : (stats?.max_value ?? stats?.max);
  return typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : undefined;
}

export function rowGroupSpans(metadata: FileMetaData): RowGroupSpan[] {
  let rowStart = 0;
  return metadata.row_groups.map((group, index) => {
    const rows = Number(group.num_rows);
    const span = {
      // One file's; an index's files are numbered by merge-footers.ts.
      file: 0,
      index,
      rowStart,
      rows,
      from: statistic(metadata, index, 'start', 'min') ?? -Infinity,
      to: statistic(metadata, index, 'stop', 'max') ?? Infinity,
      bytes: Number(group.total_compressed_size ?? group.total_byte_size),
    };
    rowStart += rows;
    return span;
  });
}

export function groupsForWindow(spans: readonly RowGroupSpan[], window: { readonly from: number; readonly to: number }): RowGroupSpan[] {
  return spans.filter((span) => span.rows > 0 && span.from < window.to && span.to > window.from);
}

/** How many rows a set of groups holds. */
export function rowsIn(spans: readonly RowGroupSpan[]): number {
  return spans.reduce((sum, span) => sum + span.rows, 0);
}
