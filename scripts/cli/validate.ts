import { DatasetProblem } from '../../src/data/load-status.ts';
import { FORMAT_NAMES } from '../../src/loading/parse-dataset-text.ts';
import { problemLines, runCli, warningLines } from './cli-report.ts';
import { cliArguments, parseSource, readSource, terminalSafe } from './read-source.ts';
import { translationLines } from './translation-report.ts';
import { validateIndex } from './validate-index.ts';

/**
 * npm run validate -- <file or URL>
 *
 * Checks a dataset (ours, TimelineJS JSON or ACLED CSV) exactly as the app does and prints the
 * same per-record report, then the warnings (text cleaned of bidi controls, deceptive links left
 * out, changes out of order). Exit code: 0 no record rejected (warnings or not), 1 some records
 * rejected, 2 the source as a whole cannot be used (or no argument). An index of Parquet files
 * is checked file by file (validate-index.ts).
 */
async function main(): Promise<number> {
  const args = cliArguments();
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') {
    console.error('Usage: npm run validate -- <file or http(s) URL>');
    return 2;
  }
  const name = args[0]!;
  {
    const source = await readSource(name);
    // An index of Parquet files is recognised by the reader itself (it refuses to read one as a
    // dataset), so a large JSON file is parsed once, not sniffed first.
    const parsed = await parseSource(source).catch((error: unknown) => {
      if (error instanceof DatasetProblem && error.kind === 'parquet-index') return undefined;
      throw error;
    });
    if (!parsed) return validateIndex(name, source.text);
    const { loaded, format } = parsed;
    const { dataset, skipped, warnings } = loaded;
    const events = dataset.events.length;
    const lines = [
      `Dataset: ${dataset.title}`,
      `Source: ${name} (${FORMAT_NAMES[format]})`,
      `${events.toLocaleString('en-GB')} ${events === 1 ? 'event' : 'events'} loaded, ${skipped.length.toLocaleString('en-GB')} ${skipped.length === 1 ? 'record' : 'records'} skipped`,
      ...problemLines(skipped),
      ...warningLines(warnings),
      ...translationLines(dataset),
    ];
    console.log(terminalSafe(lines.join('\n')));
    return skipped.length > 0 ? 1 : 0;
  }
}

await runCli(() => cliArguments()[0] ?? '', main);
