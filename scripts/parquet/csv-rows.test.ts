import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ByteWriter } from 'hyparquet-writer';
import { afterAll, describe, expect, it } from 'vitest';
import { denseHeader, generateDenseBatches } from '../../bench/generate-dataset.ts';
import { rowOfEvent, type ParquetValue } from '../../src/data/parquet-layout.ts';
import { readDataset } from '../../src/data/parse-dataset.ts';
import { eventsToCsv } from '../../src/export/events-to-csv.ts';
import { parseSource, readSource } from '../cli/read-source.ts';
import { CHECK_BATCH } from './checked-rows.ts';
import { readCsvRows } from './csv-rows.ts';
import { readJsonRows } from './json-rows.ts';
import { createParquetEventWriter } from './parquet-event-writer.ts';
import type { RunSpill, SortedRuns } from './sorted-runs.ts';

// `convert --to parquet` streams a CSV (csv-rows.ts) or our JSON (json-rows.ts): it must give
// what reading the whole file gives (the app's path, parse-dataset-text.ts): the same rows, the
// same report with the same row numbers, the same header and categories, and so the same
// Parquet file, byte for byte. The rows are sorted in runs spilled to disk and merged
// (sorted-runs.ts); here the runs are a few rows long, so every file is many runs, and the
// order, ties included, must still be one stable sort of all the rows (what the whole file gives).

const dir = mkdtempSync(join(tmpdir(), 'ct-csv-rows-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const byTime = (a: readonly ParquetValue[], b: readonly ParquetValue[]) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number);
/** Runs of 2 rows: a three-event fixture is two runs; the dense sheet below, runs of 1,000. */
const spill = (runRows = 2): RunSpill => ({ dir, runRows });

async function all(runs: SortedRuns): Promise<ParquetValue[][]> {
  const rows: ParquetValue[][] = [];
  for await (const batch of runs.sorted()) rows.push(...batch);
  return rows;
}

async function parquet(header: Record<string, unknown>, rows: ParquetValue[][]): Promise<Uint8Array> {
  const bytes = new ByteWriter();
  const writer = createParquetEventWriter(bytes, header);
  await writer.addRows(rows);
  await writer.finish();
  return new Uint8Array(bytes.getBuffer());
}

async function bothWays(path: string, runRows?: number) {
  const whole = await parseSource(await readSource(path));
  const streamed = await (whole.format === 'conflict-timeline' ? readJsonRows(path, spill(runRows)) : readCsvRows(path, spill(runRows)));
  expect(streamed, 'streamed').toBeDefined();
  // What convert did before the runs: every row in memory, one stable sort.
  const wholeRows = whole.loaded.dataset.events.map(rowOfEvent).sort(byTime);
  const streamedRows = await all(streamed!.rows);
  expect(streamed!.rows.count).toBe(wholeRows.length);
  if ('format' in streamed!) expect(streamed!.format).toBe(whole.format);
  expect(streamedRows).toEqual(wholeRows);
  expect(streamed!.skipped).toEqual(whole.loaded.skipped);
  // The header as the footer holds it: everything but the events.
  expect(streamed!.header).toEqual({ ...(whole.json as object), events: [] });
  expect(await parquet(streamed!.header, streamedRows)).toEqual(await parquet(whole.json as Record<string, unknown>, wholeRows));
  return { ...streamed!, rows: streamedRows };
}

const HEADER = 'type,id,date,title,category,source_1_url,source_1_title,source_1_publisher';
const SOURCE = 'https://example.org/a,Report,Example';

describe('a CSV or our JSON streamed into Parquet rows', { timeout: 60_000 }, () => {
  it.each(['e2e/fixtures/acled.csv', 'public/template.csv'])('%s: what the whole file gives, to the byte', async (path) => {
    const streamed = await bothWays(path);
    expect(streamed.rows.length).toBe(3);
  });

  it('our JSON, in runs of 4 rows: what the whole file gives, to the byte', async () => {
    const streamed = await bothWays('data/events.json', 4);
    expect(streamed.rows.length).toBe(90);
  });

  it('keeps events at the same time in the file’s order across runs and check batches (our JSON, out of time order)', async () => {
    // The dense profile's days hold hundreds of events at midnight: ties everywhere. Written out
    // of time order, in blocks of days taken backwards, so runs and batches all overlap.
    const count = CHECK_BATCH + 3_000;
    const records = [...generateDenseBatches({ count })].flat();
    const shuffled = Array.from({ length: 10 }, (_, block) => records.slice(block * 2_300, (block + 1) * 2_300)).reverse().flat();
    const path = file('dense.json', JSON.stringify({ ...denseHeader(count), events: shuffled }));
    const streamed = await bothWays(path, 997);
    const ties = streamed.rows.filter((row, i) => i > 0 && row[0] === streamed.rows[i - 1]![0] && row[1] === streamed.rows[i - 1]![1]);
    expect(ties.length).toBeGreaterThan(count / 2);
  });

  it('names the rows a sheet skips by the numbers the sheet shows, as the whole file does', async () => {
    const csv = [
      HEADER,
      `,a,2024-01-04,Good,Strikes,${SOURCE}`,
      '',
      `,b,2024-02-30,Impossible date,Strikes,${SOURCE}`,
      `note,,,,,,,`,
      `,a,2024-01-05,Same id,Strikes,${SOURCE}`,
      `,c,2024-01-06,"Never closed,Strikes,${SOURCE}`,
    ].join('\n');
    const streamed = await bothWays(file('bad-rows.csv', csv));
    expect(streamed.skipped.map((problem) => [problem.row, problem.id, problem.field])).toEqual([
      [4, 'b', 'date'],
      [5, undefined, 'type'],
      [6, 'a', 'id'],
      [7, undefined, '(row)'],
    ]);
  });

  it('reports the rows of an ACLED export whose cells do not line up, by index', async () => {
    const header = 'event_id_cnty,event_date,time_precision,event_type,country,location,latitude,longitude,source,notes,fatalities';
    const row = (id: string, notes = 'fine') => `${id},2024-01-04,1,Battles,Iraq,Al Qaim,34.3,41.1,Wire,${notes},0`;
    const streamed = await bothWays(file('acled-bad.csv', [header, row('X1'), row('X2', 'an unquoted, comma'), 'X3,2024-01-05', '', row('X4'), row('X1')].join('\n')));
    expect(streamed.skipped.map((problem) => [problem.index, problem.id, problem.field])).toEqual([
      [1, 'x2', '(row)'],
      [2, 'x3', '(row)'],
      [4, 'x1', 'id'],
    ]);
  });

  it('reads across batches and pieces: a duplicate in a later batch, a category row and a written id after the rows that use them', async () => {
    const count = CHECK_BATCH + 5_000;
    const header = denseHeader(count);
    const reader = readDataset({ ...header, events: [] });
    for (const batch of generateDenseBatches({ count })) for (const record of batch) reader.add(record, false);
    const { dataset } = reader.finish()!;
    const csv = eventsToCsv(dataset.events, dataset.categories, dataset).trimEnd().split('\r\n');
    const columns = csv[0]!.split(',');
    const row = (cells: Record<string, string>) => columns.map((column) => cells[column] ?? '').join(',');
    const event = (id: string, date: string, title: string, category: string) =>
      row({ id, date, title, category, source_1_url: 'https://example.org/a', source_1_title: 'Report', source_1_publisher: 'Example' });
    // Rows 100 and 101: an event in a category only a row at the end defines, and one with no
    // id whose made-up id ("2024-01-01-first") a row at the end writes.
    csv.splice(99, 0, event('late-one', '2024-01-01', 'In the late category', 'Late'), event('', '2024-01-01', 'First', 'late'));
    csv.push(event('ev-7', '2024-03-01', 'Same id as row 8', 'Air strikes'), event('2024-01-01-first', '2024-01-02', 'Written id', 'LATE'), row({ type: 'category', id: 'late', title: 'Late' }));
    const path = file('dense.csv', `${csv.join('\r\n')}\r\n`);
    const streamed = await bothWays(path, 1_000);
    expect(streamed.rows.length).toBe(count + 3);
    // Rows: the header, the title, 6 categories, count + 2 events, then this one.
    expect(streamed.skipped).toMatchObject([{ id: 'ev-7', field: 'id', row: count + 11 }]);
    expect((streamed.header.categories as { id: string }[]).at(-1)).toEqual({ id: 'late', label: 'Late' });
    const ids = streamed.rows.map((row) => row[2]);
    expect(ids).toContain('2024-01-01-first-2');
    expect(streamed.rows.filter((row) => row[10] === 'late').length).toBe(3);
  });

  it('leaves other files to the whole-file read', async () => {
    expect(await readCsvRows('e2e/fixtures/timelinejs-sheet.csv', spill())).toBeUndefined();
    expect(await readCsvRows('e2e/fixtures/valid.json', spill())).toBeUndefined();
    expect(await readCsvRows('e2e/fixtures/workbook.xlsx', spill())).toBeUndefined();
    await expect(readCsvRows(file('no-events.csv', `${HEADER}\ncategory,a,,A,,,,\n`), spill())).rejects.toThrow(/no events/);
  });
});
