import { basename } from 'node:path';
import { fileWriter } from 'hyparquet-writer';
import type { DataFormat } from '../../src/data/detect-format.ts';
import { rowOfEvent } from '../../src/data/parquet-layout.ts';
import { FORMAT_NAMES } from '../../src/loading/parse-dataset-text.ts';
import { readCsvRows } from '../parquet/csv-rows.ts';
import { textStart } from '../parquet/csv-stream.ts';
import { readJsonRows, type SourceRows } from '../parquet/json-rows.ts';
import { createParquetEventWriter } from '../parquet/parquet-event-writer.ts';
import { createSortedRuns, RUN_ROWS, type RunSpill } from '../parquet/sorted-runs.ts';
import { createSplitParquetWriter, type SplitBy } from '../parquet/split-parquet-writer.ts';
import { withTemporaryDirectory } from '../parquet/temporary-directory.ts';
import { problemLines } from './cli-report.ts';
import { downloadSource } from './download-source.ts';
import { parseSource, readSource, terminalSafe } from './read-source.ts';

/**
 * `npm run convert -- <in> --to parquet [out.parquet]`: our format as Parquet
 * (src/data/parquet-layout.ts), sorted by time, in row groups with statistics, the header and
 * day counts in the footer. Our JSON, an ACLED export and a sheet in our template as CSV are
 * read as a stream and checked in batches (scripts/parquet/json-rows.ts, csv-rows.ts), from a
 * file or an http(s) address (saved to a temporary file as it downloads), and sorted by time
 * in runs spilled to a temporary directory, then merged (scripts/parquet/sorted-runs.ts), so
 * memory stays bounded whatever the number of events (README, "Millions of events: Parquet").
 * The directory goes when the command ends, also on Ctrl-C. Any other source, or one the stream
 * cannot use, is read whole, as the app reads it (and then says why it cannot be used). Written
 * to a file, not to stdout: npm prints its own banner there, which would corrupt a binary file.
 */
/** in.json → in.parquet (in the current folder for a URL). */
export function parquetNameFor(input: string): string {
  return `${basename(input.replace(/[?#].*$/, '')).replace(/\.[^.]*$/, '') || 'dataset'}.parquet`;
}

type Streamed = SourceRows & { readonly format: Exclude<DataFormat, 'unknown'> };

/** A file read as a stream, or undefined: JSON by its first character, CSV by its header row. */
/** A source that turns out not to stream leaves its runs behind in `spill.dir`, which goes with the rest. */
export async function readStreamed(path: string, spill: RunSpill): Promise<Streamed | undefined> {
  const start = await textStart(path).catch(() => '');
  if (start.trimStart().startsWith('{')) {
    const json = await readJsonRows(path, spill).catch(() => undefined);
    return json && { ...json, format: 'conflict-timeline' };
  }
  return readCsvRows(path, spill).catch(() => undefined);
}

async function readWhole(name: string, spill: RunSpill): Promise<Streamed> {
  const parsed = await parseSource(await readSource(name));
  const rows = createSortedRuns(spill);
  for (const event of parsed.loaded.dataset.events) rows.add(rowOfEvent(event));
  return { header: parsed.json as Record<string, unknown>, rows, skipped: parsed.loaded.skipped, warnings: parsed.loaded.warnings, format: parsed.format };
}

/** `splitBy`: one file per period and an index listing them (split-parquet-writer.ts) instead of one file. */
export function convertToParquet(name: string, out = parquetNameFor(name), splitBy?: SplitBy): Promise<number> {
  return withTemporaryDirectory((dir) => convertIn({ dir, runRows: RUN_ROWS }, name, out, splitBy));
}

async function convertIn(spill: RunSpill, name: string, out: string, splitBy: SplitBy | undefined): Promise<number> {
  const download = /^https?:\/\//i.test(name) ? await downloadSource(name, spill.dir) : undefined;
  const path = /^https?:\/\//i.test(name) ? download?.path : name;
  let source: Streamed;
  try {
    source = (path !== undefined && (await readStreamed(path, spill))) || (await readWhole(name, spill));
  } finally {
    await download?.remove();
  }
  const { header, rows, skipped, format } = source;
  const events = rows.count;
  const split = splitBy && createSplitParquetWriter(out, header, splitBy);
  const writer = split ?? createParquetEventWriter(fileWriter(out), header);
  // Merged in time order as the writer asks, a row group at a time (sorted-runs.ts).
  for await (const batch of rows.sorted()) await writer.addRows(batch);
  await writer.finish();
  const written = split?.written();
  const report = [
    `Converted ${name} (${FORMAT_NAMES[format]}) to ${written?.index ?? out}: ${events.toLocaleString('en-GB')} events, ${skipped.length.toLocaleString('en-GB')} ${skipped.length === 1 ? 'record' : 'records'} that validation would skip`,
    ...(written?.files.map((file) => `  ${file.url}: ${file.events!.toLocaleString('en-GB')} events, ${file.from} to ${file.to}`) ?? []),
    ...problemLines(skipped),
  ];
  console.error(terminalSafe(report.join('\n')));
  return skipped.length > 0 ? 1 : 0;
}
