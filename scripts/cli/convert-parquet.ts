import { basename } from 'node:path';
import { fileWriter } from 'hyparquet-writer';
import { rowOfEvent, type ParquetValue } from '../../src/data/parquet-layout.ts';
import { FORMAT_NAMES } from '../../src/loading/parse-dataset-text.ts';
import type { RecordProblem } from '../../src/data/timeline-event.ts';
import { readJsonRows } from '../parquet/json-rows.ts';
import { createParquetEventWriter } from '../parquet/parquet-event-writer.ts';
import { problemLines } from './cli-report.ts';
import { parseSource, readSource, terminalSafe } from './read-source.ts';

/**
 * `npm run convert -- <in> --to parquet [out.parquet]`: our format as Parquet
 * (src/data/parquet-layout.ts), sorted by time, in row groups with statistics, the header and
 * day counts in the footer. A file in our JSON format is read as a stream and checked in
 * batches (scripts/parquet/json-rows.ts), so a million-event export converts in a few hundred
 * MB of memory; any other source is read whole, as the app reads it. Written to a file, not to
 * stdout: npm prints its own banner there, which would corrupt a binary file.
 */
const byTime = (a: readonly ParquetValue[], b: readonly ParquetValue[]) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number);

/** in.json → in.parquet (in the current folder for a URL). */
export function parquetNameFor(input: string): string {
  return `${basename(input.replace(/[?#].*$/, '')).replace(/\.[^.]*$/, '') || 'dataset'}.parquet`;
}

export async function convertToParquet(name: string, out = parquetNameFor(name)): Promise<number> {
  const streamed = /^https?:\/\//i.test(name) ? undefined : await readJsonRows(name).catch(() => undefined);
  let header: Record<string, unknown>;
  let rows: ParquetValue[][];
  let skipped: readonly RecordProblem[];
  let format = FORMAT_NAMES['conflict-timeline'];
  if (streamed) ({ header, rows, skipped } = streamed);
  else {
    const parsed = await parseSource(await readSource(name));
    header = parsed.json as Record<string, unknown>;
    rows = parsed.loaded.dataset.events.map(rowOfEvent);
    skipped = parsed.loaded.skipped;
    format = FORMAT_NAMES[parsed.format];
  }
  // Stable, so events at the same time keep the file's order, as the app keeps it.
  rows.sort(byTime);
  const writer = createParquetEventWriter(fileWriter(out), header);
  await writer.addRows(rows);
  await writer.finish();
  const report = [
    `Converted ${name} (${format}) to ${out}: ${rows.length.toLocaleString('en-GB')} events, ${skipped.length.toLocaleString('en-GB')} ${skipped.length === 1 ? 'record' : 'records'} that validation would skip`,
    ...problemLines(skipped),
  ];
  console.error(terminalSafe(report.join('\n')));
  return skipped.length > 0 ? 1 : 0;
}
