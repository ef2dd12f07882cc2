import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format.ts';
import { LoadFailureError } from './load-failure.ts';
import { MAX_INDEX_FILES, parquetIndexJson, readParquetIndex } from './parquet-index.ts';
import { isParquetIndexUrl, PARQUET_INDEX_FORMAT } from './parquet-magic.ts';

const BASE = 'https://data.example.org/conflict/events.parquet-index.json';
const index = (files: unknown, more: Record<string, unknown> = {}) => ({ format: PARQUET_INDEX_FORMAT, version: 1, files, ...more });

/** The failure's key and English, or undefined when it reads. */
function failure(json: unknown, base = BASE) {
  try {
    readParquetIndex(json, base);
    return undefined;
  } catch (error) {
    if (!(error instanceof LoadFailureError)) throw error;
    return { key: error.failure.key, english: error.message };
  }
}

describe('readParquetIndex', () => {
  it('resolves each file against the index address and keeps what the entry says', () => {
    const read = readParquetIndex(index([{ url: 'events-2023.parquet', from: '2023-01-01', to: '2023-12-31', events: 12 }, { url: 'https://cdn.example.net/events-2024.parquet' }]), BASE);
    expect(read.files).toEqual([
      { url: 'https://data.example.org/conflict/events-2023.parquet', from: '2023-01-01', to: '2023-12-31', events: 12 },
      { url: 'https://cdn.example.net/events-2024.parquet' },
    ]);
  });

  it('reads back what convert writes', () => {
    const text = parquetIndexJson([{ url: 'events-2024.parquet', from: '2024-01-01', to: '2024-12-31', events: 3 }]);
    expect(readParquetIndex(JSON.parse(text), BASE).files[0]!.url).toBe('https://data.example.org/conflict/events-2024.parquet');
    expect(detectFormat(text)).toBe('parquet-index');
  });

  it('refuses an entry that is not an http(s) address once resolved, or carries a user name', () => {
    expect(failure(index([{ url: 'javascript:alert(1)' }]))).toEqual({ key: 'read.parquetIndexUrl', english: 'Entry 1 of this index of Parquet files, "javascript:alert(1)", is not an http(s) address, so it is not opened.' });
    expect(failure(index([{ url: 'a.parquet' }, { url: 'file:///etc/passwd' }]))?.key).toBe('read.parquetIndexUrl');
    expect(failure(index([{ url: 'https://user:pw@example.org/a.parquet' }]))?.key).toBe('read.parquetIndexUrl');
    expect(failure(index([{ url: 'data:application/octet-stream,PAR1' }]))?.key).toBe('read.parquetIndexUrl');
  });

  it('says which entry is wrong and why', () => {
    expect(failure(index([{ url: 'a.parquet' }, { href: 'b.parquet' }]))?.english).toBe(
      'Entry 2 of this index of Parquet files cannot be used: it has no "url" (the file\'s address, relative to the index).',
    );
    expect(failure(index(['a.parquet']))?.english).toMatch(/^Entry 1 .*: it is not an object with a "url"\.$/);
    expect(failure(index([{ url: 'a.parquet' }, { url: './a.parquet' }]))?.english).toMatch(/Entry 2 .*it names https:\/\/data\.example\.org\/conflict\/a\.parquet again/);
    expect(failure(index([{ url: 'a.parquet', events: -1 }]))?.english).toMatch(/its "events" is not a count/);
    expect(failure(index([{ url: 'a.parquet', from: 2023 }]))?.english).toMatch(/its "from" or "to" is not a date/);
    expect(failure(index([{ url: 'a.parquet', footerBytes: 4 }]))?.english).toMatch(/its "footerBytes" is not a size of 8 bytes to 64 MB/);
    expect(failure(index([{ url: 'a.parquet', footerBytes: 1e9 }]))?.english).toMatch(/footerBytes/);
  });

  it('refuses another version, no files, too many files, and JSON that is not an index', () => {
    expect(failure(index([{ url: 'a.parquet' }], { version: 2 }))).toEqual({ key: 'read.parquetIndexVersion', english: 'This index of Parquet files is version 2; this app reads version 1.' });
    expect(failure(index([]))?.key).toBe('read.parquetIndexNoFiles');
    expect(failure(index({ url: 'a.parquet' }))?.key).toBe('read.parquetIndexNoFiles');
    const many = Array.from({ length: MAX_INDEX_FILES + 1 }, (_, i) => ({ url: `${i}.parquet` }));
    expect(failure(index(many))?.english).toBe(`This index of Parquet files lists ${MAX_INDEX_FILES + 1} files; the page opens at most ${MAX_INDEX_FILES}, since it reads every file's footer before drawing: split by a longer period.`);
    expect(failure({ version: 1, title: 'A dataset', events: [] })?.key).toBe('read.parquetIndexFormat');
  });

  it('lets an index read from disk (the command line) name files beside it', () => {
    expect(readParquetIndex(index([{ url: 'events-2024.parquet' }]), 'file:///data/events.parquet-index.json').files[0]!.url).toBe('file:///data/events-2024.parquet');
  });
});

describe('an index is known by its address or its content', () => {
  it('by an address ending in .parquet-index.json, before any query', () => {
    expect(isParquetIndexUrl('https://example.org/events.parquet-index.json')).toBe(true);
    expect(isParquetIndexUrl('/events.PARQUET-INDEX.JSON?v=2')).toBe(true);
    expect(isParquetIndexUrl('/events.parquet')).toBe(false);
    expect(isParquetIndexUrl('/events.json?x=.parquet-index.json')).toBe(false);
  });

  it('by its format marker, before the "version" our datasets also have', () => {
    expect(detectFormat(JSON.stringify(index([{ url: 'a.parquet' }])))).toBe('parquet-index');
    expect(detectFormat(`{ "version": 1, "format": "${PARQUET_INDEX_FORMAT}", "files": [`)).toBe('parquet-index');
    expect(detectFormat('{ "version": 1, "title": "x", "events": [] }')).toBe('conflict-timeline');
  });
});
