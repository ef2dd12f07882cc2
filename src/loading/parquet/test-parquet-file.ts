import { parquetWriteBuffer } from 'hyparquet-writer';
import { parseDataset } from '../../data/parse-dataset.ts';
import { PARQUET_COLUMNS, PARQUET_METADATA_KEY, rowOfEvent, type ParquetValue } from '../../data/parquet-layout.ts';
import { summaryCounter } from '../../data/parquet-summary.ts';

/**
 * For unit tests of loading/parquet/: a small file in our layout (parquet-layout.ts), written
 * with hyparquet-writer from events made by the real parser, and a fetch that serves it as a host
 * answering Range does. (`convert --to parquet` writes files with scripts/parquet/.)
 */
export const TEST_HEADER = { version: 1, title: 'Parquet test', categories: [{ id: 'strike', label: 'Strikes' }] };

/**
 * `count` events a day apart from 1 Jan 2024 (`firstDay` days later: the files of an index, their
 * ids `event-<day>` following on), in row groups of `groupRows`; titles in Arabic from
 * `arabicFrom` on. `edit` may change row i's cells (by column name) as written, unchecked.
 */
export function testParquetFile(
  count: number,
  groupRows: number,
  arabicFrom = Infinity,
  edit?: (cells: Record<string, ParquetValue>, i: number) => void,
  firstDay = 0,
): ArrayBuffer {
  const records = Array.from({ length: count }, (_, i) => ({
    id: `event-${firstDay + i}`,
    date: new Date(Date.UTC(2024, 0, 1 + firstDay + i)).toISOString().slice(0, 10),
    title: i >= arabicFrom ? `غارة ${i}` : `Event ${i}`,
    category: 'strike',
    sources: [{ url: `https://example.org/${i}`, title: `Report ${i}`, publisher: 'Example' }],
  }));
  const { events } = parseDataset({ ...TEST_HEADER, events: records }).dataset;
  const summary = summaryCounter(['strike']);
  for (const event of events) summary.add(event.start, event.stop, event.category);
  const rows = events.map((event, i) => {
    const values = rowOfEvent(event);
    if (!edit) return values;
    const cells = Object.fromEntries(PARQUET_COLUMNS.map((column, at) => [column.name, values[at]!]));
    edit(cells, i);
    return PARQUET_COLUMNS.map((column) => cells[column.name]!);
  });
  return parquetWriteBuffer({
    columnData: PARQUET_COLUMNS.map((column, i) => ({ name: column.name, data: rows.map((row) => row[i]), type: column.type, nullable: true })),
    rowGroupSize: groupRows,
    kvMetadata: [{ key: PARQUET_METADATA_KEY, value: JSON.stringify({ header: { ...TEST_HEADER, events: [] }, summary: summary.finish() }) }],
  });
}

/** A fetch serving several files by their address (each as rangeFetch does), and 404 for any other. */
export function filesFetch(files: ReadonlyMap<string, ArrayBuffer | string>): typeof fetch {
  return async (input, init) => {
    const file = files.get(String(input instanceof Request ? input.url : input));
    if (file === undefined) return new Response('not found', { status: 404, statusText: 'Not Found' });
    return typeof file === 'string' ? new Response(file, { headers: { 'Content-Type': 'application/json' } }) : rangeFetch(file)(input, init);
  };
}

/** A fetch answering `Range: bytes=a-b` and `bytes=-n` from `file` with 206, as an object store does. */
export function rangeFetch(file: ArrayBuffer, onRequest?: (range: string) => void): typeof fetch {
  return async (_input, init) => {
    const range = new Headers(init?.headers).get('Range') ?? '';
    onRequest?.(range);
    const match = /^bytes=(\d*)-(\d*)$/.exec(range)!;
    const start = match[1] === '' ? file.byteLength - Number(match[2]) : Number(match[1]);
    const end = match[1] === '' || match[2] === '' ? file.byteLength - 1 : Number(match[2]);
    init?.signal?.throwIfAborted();
    return new Response(file.slice(Math.max(0, start), end + 1), { status: 206, headers: { 'Content-Range': `bytes ${Math.max(0, start)}-${end}/${file.byteLength}` } });
  };
}
