import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readParquetIndex } from '../../src/data/parquet-index.ts';
import { checkCategories } from '../../src/loading/parquet/merge-footers.ts';
import type { LoadWarning } from '../../src/data/timeline-event.ts';
import { problemLines, warningLines } from './cli-report.ts';
import { parseSource, readSource, terminalSafe } from './read-source.ts';

/**
 * `npm run validate -- events.parquet-index.json` (or its http(s) address): the index is checked
 * as the page checks it (src/data/parquet-index.ts), then every file it lists is read whole and
 * checked as `validate` checks one Parquet file: one line per file (with its rejected records
 * under it), whether the index's counts still match, the categories the files must share, ids
 * found in more than one file (the page would show both), and the total. Exit codes as validate's.
 */
const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The header's warnings (the first file's), less "no event with the id …" for an event another file holds. */
function headerWarnings(warnings: readonly LoadWarning[], ids: ReadonlyMap<string, string>): LoadWarning[] {
  return warnings.filter((warning) => {
    const missing = /^no event with the id "(.*)" loaded$/.exec(warning.reason)?.[1];
    return warning.index === undefined && !(missing !== undefined && ids.has(missing));
  });
}

export async function validateIndex(name: string, text: string): Promise<number> {
  const base = /^https?:\/\//i.test(name) ? name : pathToFileURL(resolve(name)).href;
  const { files } = readParquetIndex(JSON.parse(text), base);
  const lines: string[] = [];
  const headers: { url: string; header: Record<string, unknown> }[] = [];
  const seen = new Map<string, string>();
  let title = '';
  let header: readonly LoadWarning[] | undefined;
  let events = 0;
  let skipped = 0;
  // Counted where they are found: the lines quote the data, which must not decide the exit code.
  let staleCounts = 0;
  let repeatedIds = 0;
  for (const file of files) {
    // A file beside a local index is read from disk, where readSource wants a path.
    const where = file.url.startsWith('file:') ? fileURLToPath(file.url) : file.url;
    const { loaded } = await parseSource(await readSource(where));
    const { dataset } = loaded;
    title ||= dataset.title;
    header ??= loaded.warnings;
    headers.push({ url: where, header: { categories: dataset.categories } });
    const rows = dataset.events.length + loaded.skipped.length;
    const isStale = file.events !== undefined && file.events !== rows;
    if (isStale) staleCounts++;
    const stale = isStale ? ` (the index says ${count(file.events!, 'event', 'events')})` : '';
    lines.push(`${where}: ${count(dataset.events.length, 'event', 'events')} loaded, ${count(loaded.skipped.length, 'record', 'records')} skipped${stale}`);
    lines.push(...problemLines(loaded.skipped).map((line) => `  ${line}`), ...warningLines(loaded.warnings.filter((warning) => warning.index !== undefined)).map((line) => `  ${line}`));
    for (const event of dataset.events) {
      const other = seen.get(event.id);
      if (other === undefined) seen.set(event.id, where);
      else {
        repeatedIds++;
        lines.push(`  ${event.id}: also in ${other} (ids must be unique across the files)`);
      }
    }
    events += dataset.events.length;
    skipped += loaded.skipped.length;
  }
  checkCategories(headers);
  const report = [
    `Dataset: ${title}`,
    `Source: ${name} (index of Parquet files, ${count(files.length, 'file', 'files')})`,
    ...lines,
    `Total: ${count(events, 'event', 'events')} loaded, ${count(skipped, 'record', 'records')} skipped`,
    ...warningLines(headerWarnings(header ?? [], seen)),
  ];
  console.log(terminalSafe(report.join('\n')));
  return skipped > 0 || staleCounts > 0 || repeatedIds > 0 ? 1 : 0;
}
