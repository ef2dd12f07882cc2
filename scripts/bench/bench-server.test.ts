import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byteRange, startBenchServer, type BenchServer } from './bench-server.ts';

describe('byteRange', () => {
  it('reads the three forms and refuses what a file cannot give', () => {
    expect(byteRange('bytes=0-9', 100)).toEqual({ start: 0, end: 9 });
    expect(byteRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange('bytes=-500', 100)).toEqual({ start: 0, end: 99 });
    expect(byteRange('bytes=95-200', 100)).toEqual({ start: 95, end: 99 });
    expect(byteRange('bytes=100-', 100)).toBe('unsatisfiable');
    expect(byteRange(undefined, 100)).toBeUndefined();
    expect(byteRange('bytes=0-1,5-6', 100)).toBeUndefined();
  });
});

describe('the bench server', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ct-bench-server-'));
  const body = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));
  writeFileSync(join(folder, 'file.parquet'), body);
  let ranged: BenchServer;
  let whole: BenchServer;
  beforeAll(async () => {
    ranged = await startBenchServer(folder, { '/data/': folder });
    whole = await startBenchServer(folder, { '/data/': folder }, false);
  });
  afterAll(async () => {
    await ranged.close();
    await whole.close();
    // Every unit run made one, left in the machine's temporary folder.
    rmSync(folder, { recursive: true, force: true });
  });

  it('answers a range with 206, Content-Range and only those bytes, and counts them', async () => {
    ranged.resetBytes();
    const response = await fetch(`${ranged.origin}/data/file.parquet`, { headers: { Range: 'bytes=-100' } });
    expect(response.status).toBe(206);
    expect(response.headers.get('Content-Range')).toBe('bytes 900-999/1000');
    expect(response.headers.get('Accept-Ranges')).toBe('bytes');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(body.subarray(900));
    expect(ranged.bytesSent()).toBe(100);
    const middle = await fetch(`${ranged.origin}/data/file.parquet`, { headers: { Range: 'bytes=10-19' } });
    expect(Buffer.from(await middle.arrayBuffer())).toEqual(body.subarray(10, 20));
    expect((await fetch(`${ranged.origin}/data/file.parquet`, { headers: { Range: 'bytes=2000-' } })).status).toBe(416);
  });

  it('sends the whole file with 200 when it ignores ranges, as some hosts do', async () => {
    const response = await fetch(`${whole.origin}/data/file.parquet`, { headers: { Range: 'bytes=-100' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Range')).toBeNull();
    expect((await response.arrayBuffer()).byteLength).toBe(1000);
  });
});
