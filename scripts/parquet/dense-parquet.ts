import { denseHeader, generateDenseBatches } from '../../bench/generate-dataset.ts';
import { readDataset } from '../../src/data/parse-dataset.ts';
import { createParquetEventWriter, type ParquetWriterTarget } from './parquet-event-writer.ts';

/**
 * The benchmark's dense profile straight to Parquet, a batch at a time: each batch is checked
 * by the app's reader and written, then dropped, so ten million events need no more memory
 * than one batch and one row group.
 */
export async function writeDenseParquet(target: ParquetWriterTarget, count: number, onBatch?: (written: number) => void): Promise<void> {
  const header = denseHeader(count);
  const writer = createParquetEventWriter(target, header);
  let written = 0;
  for (const batch of generateDenseBatches({ count })) {
    const reader = readDataset({ ...header, events: [] });
    for (const record of batch) reader.add(record, false);
    const { dataset, skipped } = reader.finish()!;
    if (skipped.length > 0) throw new Error(`The generator made a record the checks skip: ${JSON.stringify(skipped[0])}`);
    await writer.add(dataset.events);
    onBatch?.((written += batch.length));
  }
  await writer.finish();
}
