import { denseHeader, generateDenseBatches } from '../../bench/generate-dataset.ts';
import { readDataset } from '../../src/data/parse-dataset.ts';
import type { Dataset } from '../../src/data/timeline-event.ts';
import { createParquetEventWriter, type ParquetEventWriter, type ParquetWriterTarget } from './parquet-event-writer.ts';
import { createSplitParquetWriter, type SplitBy } from './split-parquet-writer.ts';

/**
 * The benchmark's dense profile (bench/generate-dataset.ts's generateDenseBatches) as checked
 * datasets, a batch at a time: each batch is checked by the app's reader, handed on, then
 * dropped, so ten million events need no more memory than one batch. The one source of the
 * dense profile's events for Parquet (below) and for CSV (scripts/bench/dense-csv.ts).
 */
export function* checkedDenseBatches(count: number): Generator<Dataset> {
  const header = denseHeader(count);
  for (const batch of generateDenseBatches({ count })) {
    const reader = readDataset({ ...header, events: [] });
    for (const record of batch) reader.add(record, false);
    const { dataset, skipped } = reader.finish()!;
    if (skipped.length > 0) throw new Error(`The generator made a record the checks skip: ${JSON.stringify(skipped[0])}`);
    yield dataset;
  }
}

/** The dense profile straight to Parquet: no more memory than one batch and one row group. */
export function writeDenseParquet(target: ParquetWriterTarget, count: number, onBatch?: (written: number) => void): Promise<void> {
  return writeDense(createParquetEventWriter(target, denseHeader(count)), count, onBatch);
}

/**
 * The same as a file per period (120 days from 1 Jan 2024: four files by month) and the index
 * that lists them, `out` naming the index as convert's does (out/dense.parquet → out/dense.parquet-index.json).
 */
export function writeDenseSplit(out: string, count: number, by: SplitBy, onBatch?: (written: number) => void): Promise<void> {
  return writeDense(createSplitParquetWriter(out, denseHeader(count), by), count, onBatch);
}

async function writeDense(writer: ParquetEventWriter, count: number, onBatch?: (written: number) => void): Promise<void> {
  let written = 0;
  for (const dataset of checkedDenseBatches(count)) {
    await writer.add(dataset.events);
    onBatch?.((written += dataset.events.length));
  }
  await writer.finish();
}
