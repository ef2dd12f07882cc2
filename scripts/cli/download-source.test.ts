import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadSource } from './download-source.ts';
import { serveSources, type SourceServer } from './source-server.ts';

// A source at an address, saved to a file as it downloads (for `convert --to parquet` to stream
// it), or undefined when the answer is not a plain success (the caller then reads the address as
// the app does, for its message).

const CSV = 'event_id_cnty,event_date\nX1,2024-01-04\n';
let server: SourceServer;
let base = '';
const dir = mkdtempSync(join(tmpdir(), 'ct-download-'));

beforeAll(async () => {
  server = await serveSources({ 'events.csv': ['text/csv', CSV] });
  base = server.base;
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('downloadSource', () => {
  it('saves the body to a file in the directory given, which remove() deletes', async () => {
    const download = await downloadSource(`${base}events.csv`, dir);
    expect(readFileSync(download!.path, 'utf8')).toBe(CSV);
    await download!.remove();
    expect(existsSync(download!.path)).toBe(false);
  });

  it.each(['page', 'missing', 'unreachable'])('leaves %s to the whole-file read', async (name) => {
    const url = name === 'unreachable' ? 'http://127.0.0.1:1/events.csv' : `${base}${name}`;
    expect(await downloadSource(url, dir)).toBeUndefined();
    expect(existsSync(join(dir, 'source'))).toBe(false);
  });
});
