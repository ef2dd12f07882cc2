import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The publisher tools, run as publishers run them (`npm run validate -- <file or URL>`,
// `npm run convert -- <file>`, `npm run check-links -- <file>`), for their tests: through npm and
// the package.json script, so the tests also catch a script that points at a moved file.

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = join(ROOT, 'e2e/fixtures');

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function npmRun(script: 'validate' | 'convert' | 'check-links', ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '--silent', script, '--', ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
