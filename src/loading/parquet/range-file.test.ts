import { afterEach, describe, expect, it, vi } from 'vitest';
import { footerStart, readParquetFooter } from './parquet-events.ts';
import { rangeFileOf, withHeadFrom } from './range-file.ts';
import { rangeFetch, testParquetFile } from './test-parquet-file.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a footer longer than the first answer', () => {
  it('is read whole into the head with one more request, so the footer is then read with none', async () => {
    const bytes = testParquetFile(40, 5);
    const ranges: string[] = [];
    vi.stubGlobal('fetch', rangeFetch(bytes, (range) => ranges.push(range)));
    // A first answer of 100 bytes: the footer (a few kB here, 0.5 MB at ten million events) is longer.
    const tail = rangeFileOf({ url: 'https://data.example.org/e.parquet', byteLength: bytes.byteLength, ranged: true, head: bytes.slice(-100), headStart: bytes.byteLength - 100 });
    const start = footerStart(tail.opened.head, tail.byteLength)!;
    expect(start).toBeLessThan(bytes.byteLength - 100);
    const file = await withHeadFrom(tail, start);
    expect(ranges).toEqual([`bytes=${start}-${bytes.byteLength - 101}`]);
    expect(new Uint8Array(file.opened.head)).toEqual(new Uint8Array(bytes.slice(start)));
    expect(file.received()).toBe(bytes.byteLength - 100 - start);
    const footer = await readParquetFooter(file, file.opened.head.byteLength);
    expect(footer.spans).toHaveLength(8);
    expect(ranges).toHaveLength(1);
  });

  it('leaves a head that already holds the footer as it is, and knows no footer in bytes that are not Parquet', async () => {
    const bytes = testParquetFile(10, 5);
    const file = rangeFileOf({ url: 'https://data.example.org/e.parquet', byteLength: bytes.byteLength, ranged: false, head: bytes, headStart: 0 });
    expect(await withHeadFrom(file, footerStart(bytes, bytes.byteLength)!)).toBe(file);
    expect(footerStart(new TextEncoder().encode('{"events":[]}').buffer, 13)).toBeUndefined();
  });
});
