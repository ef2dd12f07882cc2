import { FORMAT_NAMES, parseDatasetText } from '../../src/loading/parse-dataset-text.ts';
import { convertText } from '../../src/import/import-dataset.ts';
import { problemLines, runCli } from './cli-report.ts';
import { cliArguments, readSource, terminalSafe } from './read-source.ts';

/**
 * npm run convert -- <in.csv|in.json|URL> > events.json
 *
 * Writes the dataset in our format (version 1, pretty JSON) to stdout, from a TimelineJS JSON
 * file, an ACLED CSV export, or our own format. What validation would reject is reported on
 * stderr, with the same lines as `npm run validate`. Exit code: 0 clean, 1 written but some
 * records would be skipped, 2 the source cannot be used (nothing written).
 */
function write(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));
}

async function main(): Promise<number> {
  const args = cliArguments();
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') {
    console.error('Usage: npm run convert -- <in.csv|in.json|http(s) URL> > events.json');
    return 2;
  }
  const name = args[0]!;
  {
    const source = await readSource(name);
    // Validate first: a source that cannot be used at all gets the app's own message.
    const { loaded, format } = await parseDatasetText(source.text, source.contentType);
    const { json } = convertText(source.text);
    await write(`${JSON.stringify(json, null, 2)}\n`);
    const { skipped } = loaded;
    const report = [
      `Converted ${name} (${FORMAT_NAMES[format]}): ${loaded.dataset.events.length.toLocaleString('en-GB')} events, ${skipped.length.toLocaleString('en-GB')} ${skipped.length === 1 ? 'record' : 'records'} that validation would skip`,
      ...problemLines(skipped),
    ];
    console.error(terminalSafe(report.join('\n')));
    return skipped.length > 0 ? 1 : 0;
  }
}

await runCli(() => cliArguments()[0] ?? '', main);
