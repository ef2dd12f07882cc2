import { DatasetLoadError } from '../../src/data/fetch-text.ts';
import { DatasetProblem } from '../../src/data/load-status.ts';
import type { LoadWarning, RecordProblem } from '../../src/data/timeline-event.ts';
import { terminalSafe } from './read-source.ts';

/** One line per skipped record, as the app's notice lists them (a spreadsheet's by its row number). */
export function problemLines(skipped: readonly RecordProblem[]): string[] {
  return skipped.map(
    (problem) => `${problem.row === undefined ? `#${problem.index}` : `row ${problem.row}`} ${problem.id ?? '(no id)'} ${problem.field}: ${problem.reason}`,
  );
}

/**
 * The warnings, after a heading: what loaded but was changed on the way in (a record's as
 * "#index id field: reason", the dataset's own fields as "dataset field: reason").
 */
export function warningLines(warnings: readonly LoadWarning[]): string[] {
  if (warnings.length === 0) return [];
  const heading = warnings.length === 1 ? '1 warning (the data still loads):' : `${warnings.length.toLocaleString('en-GB')} warnings (the data still loads):`;
  return [heading, ...warnings.map((warning) => `${warning.index === undefined ? 'dataset' : `#${warning.index} ${warning.id ?? '(no id)'}`} ${warning.field}: ${warning.reason}`)];
}

/**
 * Runs a command's work and sets the exit code: what it returns (0 clean, 1 records
 * rejected), or 2 when the source as a whole cannot be used, with the app's own message.
 */
export async function runCli(name: () => string, work: () => Promise<number>): Promise<void> {
  process.exitCode = await work().catch((error: unknown) => {
    if (error instanceof DatasetLoadError || error instanceof DatasetProblem) console.error(terminalSafe(`${name()}: ${error.message}`));
    else console.error(error);
    return 2;
  });
}
