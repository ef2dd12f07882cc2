import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTemporaryDirectory } from './temporary-directory.ts';

// The runs of `convert --to parquet` (gigabytes at ten million events) live in a temporary
// directory that must not outlive the command: not after success, nor failure, nor Ctrl-C.

describe('the temporary directory', () => {
  it('is gone after the work, whether it succeeds or throws', async () => {
    let kept = '';
    await withTemporaryDirectory(async (dir) => {
      kept = dir;
      writeFileSync(join(dir, 'run'), 'rows');
      expect(readdirSync(dir)).toEqual(['run']);
    });
    expect(existsSync(kept)).toBe(false);
    await expect(
      withTemporaryDirectory(async (dir) => {
        kept = dir;
        writeFileSync(join(dir, 'run'), 'rows');
        throw new Error('failed half way');
      }),
    ).rejects.toThrow('failed half way');
    expect(existsSync(kept)).toBe(false);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('is gone when the process is stopped with %s, which still ends it', { timeout: 30_000 }, async (signal) => {
    const child = spawn(process.execPath, ['-e', "import('vite').then((vite) => vite.runnerImport('./scripts/parquet/hold-temporary-directory.ts'))"], { stdio: ['ignore', 'pipe', 'inherit'] });
    const dir = await new Promise<string>((resolve) => child.stdout.once('data', (data: Buffer) => resolve(data.toString().trim())));
    expect(existsSync(dir)).toBe(true);
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, by) => resolve(by)));
    child.kill(signal);
    expect(await ended).toBe(signal);
    expect(existsSync(dir)).toBe(false);
  });
});
