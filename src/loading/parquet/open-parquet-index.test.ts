import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetLoadError } from '../../data/fetch-text.ts';
import { parquetIndexJson } from '../../data/parquet-index.ts';
import { fetchDataset } from '../fetch-dataset.ts';
import { openParquetIndex } from './open-parquet-index.ts';
import { footerStart } from './parquet-events.ts';
import { filesFetch, testParquetFile } from './test-parquet-file.ts';

const BASE = 'https://data.example.org/events';
const DAY = 86_400_000;
const JAN_1 = Date.UTC(2024, 0, 1);

/** Two files of 40 days each (the second from day 40), in groups of 10, beside their index. */
function host(extra: Record<string, string> = {}) {
  const files = new Map<string, ArrayBuffer | string>([
    [`${BASE}/first.parquet`, testParquetFile(40, 10)],
    [`${BASE}/second.parquet`, testParquetFile(40, 10, Infinity, undefined, 40)],
    [`${BASE}/events.parquet-index.json`, parquetIndexJson([{ url: 'second.parquet' }, { url: 'first.parquet' }])],
    ...Object.entries(extra),
  ]);
  vi.stubGlobal('fetch', filesFetch(files));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('openParquetIndex', () => {
  it('draws the overview of every file from their footers, and loads a window across two files', async () => {
    host();
    const { dataset } = await openParquetIndex(`${BASE}/events.parquet-index.json`);
    const source = dataset.windowed!.source;
    expect(dataset.title).toBe('Parquet test');
    expect(dataset.events).toEqual([]);
    expect(source.files).toBe(2);
    expect(source.summary.total).toBe(80);
    expect(source.summary.extent.from).toBe(JAN_1);
    expect(source.summary.days).toHaveLength(80);
    // Days 35 to 45: the last group of the first file, the first of the second.
    const window = { from: JAN_1 + 35 * DAY, to: JAN_1 + 45 * DAY };
    const { events } = await source.load(window, new AbortController().signal, () => {});
    const ids = events.map((event) => event.id);
    expect(ids).toEqual(Array.from({ length: 20 }, (_, i) => `event-${30 + i}`));
  });

  it('asks for just the footer of a file whose length the index gives, and for more where it is too short', async () => {
    const first = testParquetFile(40, 10);
    const footer = first.byteLength - footerStart(first, first.byteLength)!;
    const ranges: string[] = [];
    host({ [`${BASE}/hinted.parquet-index.json`]: parquetIndexJson([{ url: 'first.parquet', footerBytes: footer }, { url: 'second.parquet', footerBytes: 100 }]) });
    const served = fetch;
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      ranges.push(`${String(input).split('/').pop()} ${new Headers(init?.headers).get('Range') ?? ''}`);
      return served(input, init);
    });
    const { dataset } = await openParquetIndex(`${BASE}/hinted.parquet-index.json`);
    expect(dataset.windowed!.source.summary.total).toBe(80);
    expect(ranges.slice(1, 2)).toEqual([`first.parquet bytes=-${footer}`]);
    // The second's hint is short: the rest of its footer in one more request.
    expect(ranges.filter((range) => range.startsWith('second.parquet'))).toHaveLength(2);
  });

  it('names the file that cannot be opened', async () => {
    host({ [`${BASE}/bad.parquet-index.json`]: parquetIndexJson([{ url: 'first.parquet' }, { url: 'missing.parquet' }]) });
    const opening = openParquetIndex(`${BASE}/bad.parquet-index.json`);
    await expect(opening).rejects.toBeInstanceOf(DatasetLoadError);
    await expect(opening).rejects.toMatchObject({ url: `${BASE}/missing.parquet`, kind: 'http' });
  });

  it('says what is wrong with an index before asking for any file', async () => {
    host({ [`${BASE}/bad.parquet-index.json`]: '{ "format": "conflict-timeline/parquet-index", "version": 1, "files": [{ "url": "ftp://example.org/a.parquet" }] }' });
    const fetched = vi.fn(fetch);
    vi.stubGlobal('fetch', fetched);
    await expect(openParquetIndex(`${BASE}/bad.parquet-index.json`)).rejects.toMatchObject({ failure: { key: 'read.parquetIndexUrl' } });
    expect(fetched).toHaveBeenCalledTimes(1);
  });

  it('says an index that stops part-way was cut off, as for any JSON', async () => {
    const whole = parquetIndexJson([{ url: 'first.parquet' }, { url: 'second.parquet' }]);
    host({ [`${BASE}/cut.parquet-index.json`]: whole.slice(0, whole.length / 2) });
    await expect(openParquetIndex(`${BASE}/cut.parquet-index.json`)).rejects.toMatchObject({ failure: { key: 'read.cutOffJson' }, kind: 'json' });
  });

  it('is opened as an index at an address that does not say so, known by its content', async () => {
    host({ [`${BASE}/latest.json`]: parquetIndexJson([{ url: 'first.parquet' }, { url: 'second.parquet' }]) });
    const { dataset } = await fetchDataset(`${BASE}/latest.json`);
    expect(dataset.windowed?.source.files).toBe(2);
    expect(dataset.windowed?.source.summary.total).toBe(80);
  });
});
