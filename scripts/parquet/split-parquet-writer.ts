import { open, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileWriter } from 'hyparquet-writer';
import { PARQUET_COLUMNS, rowOfEvent, type ParquetValue } from '../../src/data/parquet-layout.ts';
import { parquetIndexJson, type ParquetIndexFile } from '../../src/data/parquet-index.ts';
import { createParquetEventWriter, type ParquetEventWriter } from './parquet-event-writer.ts';

/**
 * `convert --to parquet out/events.parquet --split-by=year`: the same rows, in time order, as
 * one file per year (`out/events-2023.parquet`, …) and the index that lists them
 * (`out/events.parquet-index.json`, src/data/parquet-index.ts), which is the address to link.
 * It takes the rows as the one-file writer does (ParquetEventWriter), so convert's streaming and
 * sorting stay as they are: a new file starts when a row's start (UTC) reaches the next period.
 * Every file has the whole header (title, categories, series …), so they agree as the page
 * requires. A period without events has no file.
 */
export type SplitBy = 'year' | 'month';
export const SPLIT_BY: readonly SplitBy[] = ['year', 'month'];

const START = PARQUET_COLUMNS.findIndex((column) => column.name === 'start');
const STOP = PARQUET_COLUMNS.findIndex((column) => column.name === 'stop');

/** "2023" or "2023-05": the period a start (ms) falls in, as the file's name has it. */
export function periodOf(start: number, by: SplitBy): string {
  return new Date(start).toISOString().slice(0, by === 'year' ? 4 : 7);
}

/** out/events.parquet → out/events-2023.parquet. */
export function periodFileName(out: string, period: string): string {
  return join(dirname(out), `${basename(out).replace(/\.parquet$/i, '')}-${period}.parquet`);
}

/** out/events.parquet → out/events.parquet-index.json. */
export function indexFileName(out: string): string {
  return join(dirname(out), `${basename(out).replace(/\.parquet$/i, '')}.parquet-index.json`);
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** How many of a written file's last bytes hold its footer ("…<footer><length>PAR1"): the page asks for just those. */
async function footerBytes(path: string): Promise<number> {
  const file = await open(path);
  try {
    const { size } = await file.stat();
    const end = Buffer.alloc(8);
    await file.read(end, 0, 8, size - 8);
    return end.readUInt32LE(0) + 8;
  } finally {
    await file.close();
  }
}

export interface SplitParquetWriter extends ParquetEventWriter {
  /** The files written (after finish), as the index lists them, and the index's own path. */
  readonly written: () => { readonly files: readonly ParquetIndexFile[]; readonly index: string };
}

export function createSplitParquetWriter(out: string, header: Record<string, unknown>, by: SplitBy): SplitParquetWriter {
  const files: ParquetIndexFile[] = [];
  let current: { period: string; writer: ParquetEventWriter; events: number; from: number; to: number } | undefined;

  async function close() {
    if (!current) return;
    await current.writer.finish();
    const path = periodFileName(out, current.period);
    // `to`: the last day an event covers (a stop is the end of its last day, exclusive).
    const to = day(Math.max(current.from, current.to - 1));
    files.push({ url: basename(path), from: day(current.from), to, events: current.events, footerBytes: await footerBytes(path) });
    current = undefined;
  }

  async function addRows(rows: readonly (readonly ParquetValue[])[]) {
    let run: (readonly ParquetValue[])[] = [];
    for (const row of rows) {
      const start = row[START] as number;
      const period = periodOf(start, by);
      if (current?.period !== period) {
        if (current) await current.writer.addRows(run);
        run = [];
        await close();
        current = { period, writer: createParquetEventWriter(fileWriter(periodFileName(out, period)), header), events: 0, from: start, to: start };
      }
      run.push(row);
      current.events++;
      current.to = Math.max(current.to, row[STOP] as number);
    }
    if (current) await current.writer.addRows(run);
  }

  return {
    addRows,
    add: (events) => addRows(events.map(rowOfEvent)),
    async finish() {
      await close();
      await writeFile(indexFileName(out), parquetIndexJson(files));
    },
    written: () => ({ files, index: indexFileName(out) }),
  };
}
