import { FORMAT_NAMES } from '../../src/loading/parse-dataset-text.ts';
import { eventsToCsv } from '../../src/export/events-to-csv.ts';
import { problemLines, runCli } from './cli-report.ts';
import { cliArguments, parseSource, readSource, terminalSafe } from './read-source.ts';
import { convertToParquet } from './convert-parquet.ts';
import { SPLIT_BY, type SplitBy } from '../parquet/split-parquet-writer.ts';

/**
 * npm run convert -- <in> [--to json|csv|parquet] > out
 *
 * Writes the dataset in our format to stdout, from any source the app reads (our JSON, a
 * TimelineJS file or sheet, an ACLED export, our spreadsheet template as CSV, tab-separated
 * text or .xlsx): by default as JSON (version 1, pretty), with `--to csv` as our spreadsheet
 * template (src/export/events-to-csv.ts; only the records that pass the checks, and no series),
 * with `--to parquet` as Parquet into a file (convert-parquet.ts), or with `--split-by=year` (or
 * month) as a file per period and an index listing them (scripts/parquet/split-parquet-writer.ts).
 * What validation would reject is reported on stderr, with the same lines as `npm run
 * validate`. Exit code: 0 clean, 1 written but some records would be skipped, 2 the source
 * cannot be used (nothing written).
 */
function write(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));
}

const USAGE = 'Usage: npm run convert -- <in.json|in.csv|in.tsv|in.xlsx[#sheet=Name]|http(s) URL> [--to json|csv] > out\n       npm run convert -- <in> --to parquet [out.parquet] [--split-by=year|month]';

async function main(): Promise<number> {
  const all = cliArguments();
  const splitArg = all.find((arg) => arg.startsWith('--split-by='));
  const splitBy = splitArg?.slice('--split-by='.length) as SplitBy | undefined;
  const args = all.filter((arg) => arg !== splitArg);
  const to = (args.length === 3 || (args.length === 4 && args[2] === 'parquet')) && args[1] === '--to' ? args[2] : args.length === 1 ? 'json' : undefined;
  const badSplit = splitBy !== undefined && (to !== 'parquet' || !SPLIT_BY.includes(splitBy));
  if ((to !== 'json' && to !== 'csv' && to !== 'parquet') || badSplit || args[0] === '--help' || args[0] === '-h') {
    console.error(USAGE);
    return 2;
  }
  const name = args[0]!;
  if (to === 'parquet') return convertToParquet(name, args[3], splitBy);
  const source = await readSource(name);
  // Validate first: a source that cannot be used at all gets the app's own message.
  const { loaded, format, json } = await parseSource(source);
  const { dataset, skipped } = loaded;
  await write(to === 'csv' ? eventsToCsv(dataset.events, dataset.categories, dataset) : `${JSON.stringify(json, null, 2)}\n`);
  const report = [
    `Converted ${name} (${FORMAT_NAMES[format]}): ${dataset.events.length.toLocaleString('en-GB')} events, ${skipped.length.toLocaleString('en-GB')} ${skipped.length === 1 ? 'record' : 'records'} that validation would skip`,
    ...problemLines(skipped),
  ];
  console.error(terminalSafe(report.join('\n')));
  return skipped.length > 0 ? 1 : 0;
}

await runCli(() => cliArguments()[0] ?? '', main);
