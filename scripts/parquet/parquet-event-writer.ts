import { ParquetWriter } from 'hyparquet-writer';
import { PARQUET_COLUMNS, PARQUET_METADATA_KEY, rowOfEvent, type ParquetColumnType, type ParquetValue } from '../../src/data/parquet-layout.ts';
import { summaryCounter, type ParquetFooterData } from '../../src/data/parquet-summary.ts';
import type { TimelineEvent } from '../../src/data/timeline-event.ts';

/**
 * Writes checked events as Parquet in our layout (src/data/parquet-layout.ts) with
 * hyparquet-writer, a row group at a time: the caller hands events in time order, in batches
 * of any size, and only one row group's rows are held here at once, so a file of ten million
 * events never needs them all in memory. Snappy (which hyparquet reads with no extra code),
 * min/max statistics on start, stop and date, and the header and the day counts in the footer.
 */

/** Rows per row group: a week of a dense 1M-event log is a few groups, and a 10M file's footer stays small. */
export const ROW_GROUP_ROWS = 20_000;

/** A ByteWriter (in memory) or hyparquet-writer's fileWriter (Node). */
export type ParquetWriterTarget = ConstructorParameters<typeof ParquetWriter>[0]['writer'];

const SCHEMA_TYPES: Record<ParquetColumnType, { type: 'BYTE_ARRAY' | 'BOOLEAN' | 'DOUBLE'; converted_type?: 'UTF8' }> = {
  STRING: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  BOOLEAN: { type: 'BOOLEAN' },
  DOUBLE: { type: 'DOUBLE' },
};

export interface ParquetEventWriter {
  /** Events in time order (by start, then stop), continuing the previous batch. */
  add(events: readonly TimelineEvent[]): Promise<void>;
  /** The same as rows (rowOfEvent), for a caller that keeps rows rather than events. */
  addRows(rows: readonly (readonly ParquetValue[])[]): Promise<void>;
  finish(): Promise<void>;
}

const at = (name: string) => PARQUET_COLUMNS.findIndex((column) => column.name === name);
const START = at('start');
const STOP = at('stop');
const ID = at('id');
const CATEGORY = at('category');

export function createParquetEventWriter(writer: ParquetWriterTarget, header: Record<string, unknown>, rowGroupRows = ROW_GROUP_ROWS): ParquetEventWriter {
  const categories = Array.isArray(header.categories) ? header.categories.map((category: { id?: unknown }) => String(category.id)) : [];
  const summary = summaryCounter(categories);
  const parquet = new ParquetWriter({
    writer,
    schema: [
      { name: 'root', num_children: PARQUET_COLUMNS.length },
      ...PARQUET_COLUMNS.map((column) => ({ name: column.name, repetition_type: 'OPTIONAL' as const, ...SCHEMA_TYPES[column.type] })),
    ],
    createdBy: 'conflict-timeline convert',
  });
  let columns: ParquetValue[][] = PARQUET_COLUMNS.map(() => []);
  let rows = 0;
  let last = -Infinity;

  async function flush() {
    if (rows === 0) return;
    const columnData = PARQUET_COLUMNS.map((column, i) => ({ name: column.name, data: columns[i]!, statistics: column.statistics }));
    await parquet.write({ columnData, rowGroupSize: rows });
    columns = PARQUET_COLUMNS.map(() => []);
    rows = 0;
  }

  async function addRows(batch: readonly (readonly ParquetValue[])[]) {
    for (const row of batch) {
      const start = row[START] as number;
      if (start < last) throw new Error(`Events must come in time order (${String(row[ID])} starts before the one before it).`);
      last = start;
      row.forEach((value, i) => columns[i]!.push(value));
      summary.add(start, row[STOP] as number, row[CATEGORY] as string);
      if (++rows === rowGroupRows) await flush();
    }
  }

  return {
    add: (events) => addRows(events.map(rowOfEvent)),
    addRows,
    async finish() {
      await flush();
      const { events: _events, ...headerFields } = header;
      const footer: ParquetFooterData = { header: headerFields, summary: summary.finish() };
      parquet.kvMetadata = [{ key: PARQUET_METADATA_KEY, value: JSON.stringify(footer) }];
      await parquet.finish();
    },
  };
}
