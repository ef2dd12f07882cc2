import { DatasetLoadError } from '../../src/data/fetch-text.ts';
import { DatasetProblem } from '../../src/data/load-status.ts';
import type { RecordProblem } from '../../src/data/timeline-event.ts';
import { terminalSafe } from './read-source.ts';

/** One line per skipped record, as the app's notice lists them (a spreadsheet's by its row number). */
export function problemLines(skipped: readonly RecordProblem[]): string[] {
  return skipped.map(
    (problem) => `${problem.row === undefined ? `#${problem.index}` : `row ${problem.row}`} ${problem.id ?? '(no id)'} ${problem.field}: ${problem.reason}`,
  );
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
