import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * A new folder in the machine's temporary folder for the running test, removed when the test
 * ends, passed or failed: made with mkdtempSync alone, a unit run left a dozen behind, and a
 * machine had gathered hundreds.
 */
export function testFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
