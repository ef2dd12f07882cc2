import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A temporary directory for the length of `work`: `convert --to parquet` spills its sorted
 * runs there (sorted-runs.ts), a gigabyte or more at ten million events, so it must not outlive
 * the command. Removed when `work` ends, whether it succeeds or throws, and also when the
 * process is stopped meanwhile: on Ctrl-C (SIGINT) or SIGTERM the directory is removed and the
 * signal raised again, so the process still ends as the signal says (exit status 130 for Ctrl-C);
 * on process.exit() by someone else, at 'exit'. SIGKILL cannot be caught: the system's
 * temporary folder then keeps a `ct-parquet-runs-…` directory.
 */
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export async function withTemporaryDirectory<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'ct-parquet-runs-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    stopListening();
    remove();
    process.kill(process.pid, signal);
  };
  function stopListening() {
    for (const signal of SIGNALS) process.off(signal, onSignal);
    process.off('exit', remove);
  }
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('exit', remove);
  try {
    return await work(dir);
  } finally {
    stopListening();
    remove();
  }
}
