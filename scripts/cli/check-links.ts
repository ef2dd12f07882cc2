import { readFileSync } from 'node:fs';
import { FORMAT_NAMES, parseDatasetText } from '../../src/loading/parse-dataset-text.ts';
import { runCli } from './cli-report.ts';
import { parseCheckLinksOptions, USAGE } from './check-links-options.ts';
import { datasetLinks } from './dataset-links.ts';
import { checkLink } from './link-check.ts';
import { joinVerdicts, jsonReport, textReport } from './link-report.ts';
import { mapBounded } from './map-bounded.ts';
import { cliArguments, readSource, terminalSafe } from './read-source.ts';

/**
 * npm run check-links -- <file or URL> [--json] [--concurrency N] [--timeout MS]
 *
 * Checks every link a dataset shows (each source's url and archived copy, each series point's
 * source), read exactly as the app reads it (ours, TimelineJS JSON or ACLED CSV), each URL once.
 * Exit code: 0 every link works (redirects included), 1 some are dead, 2 the dataset cannot be
 * used (or the arguments are wrong). README: "Check your links".
 */
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
// Who is asking, truthfully: servers that log or block robots can tell what this is.
const USER_AGENT = `conflict-timeline-check-links/${version} (dataset link checker; Node.js ${process.versions.node})`;

async function main(): Promise<number> {
  const options = parseCheckLinksOptions(cliArguments());
  if (typeof options === 'string') {
    console.error(options === USAGE ? USAGE : `check-links: ${options}\n${USAGE}`);
    return 2;
  }
  const source = await readSource(options.source);
  const { loaded, format } = await parseDatasetText(source.text, source.contentType);
  // Our format may carry fields the parser does not keep (archived); the imported ones do not.
  const raw = format === 'conflict-timeline' ? (JSON.parse(source.text.replace(/^\uFEFF/, '')) as unknown) : undefined;
  const links = datasetLinks(loaded.dataset, raw);
  if (process.stderr.isTTY) {
    console.error(`Checking ${links.length} links, ${options.concurrency} at a time, ${options.timeoutMs / 1000} s timeout…`);
  }
  const verdicts = await mapBounded(links, options.concurrency, (link) => checkLink(link.url, { timeoutMs: options.timeoutMs, userAgent: USER_AGENT }));
  const checked = joinVerdicts(links, verdicts);
  const header = { dataset: loaded.dataset.title, source: options.source, format: FORMAT_NAMES[format], skipped: loaded.skipped.length };
  console.log(options.json ? jsonReport(header, checked) : terminalSafe(textReport(header, checked)));
  return checked.some((link) => !link.ok) ? 1 : 0;
}

function sourceName(): string {
  const options = parseCheckLinksOptions(cliArguments());
  return typeof options === 'string' ? '' : options.source;
}

await runCli(sourceName, main);
