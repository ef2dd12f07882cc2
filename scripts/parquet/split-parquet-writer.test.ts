import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testFolder } from '../cli/test-folder.ts';
import { parseDataset } from '../../src/data/parse-dataset.ts';
import { footerStart, readParquetFooter } from '../../src/loading/parquet/parquet-events.ts';
import { createSplitParquetWriter, periodOf } from './split-parquet-writer.ts';

const header = { version: 1, title: 'Split', categories: [{ id: 'strike', label: 'Strikes' }] };
const record = (id: string, date: string, end?: string) => ({
  id,
  date,
  ...(end && { end }),
  title: id,
  category: 'strike',
  sources: [{ url: `https://example.org/${id}`, title: 'Report', publisher: 'Example' }],
});

describe('createSplitParquetWriter', () => {
  it('puts each event in the file of the period its start falls in (UTC), and lists the files in the index', async () => {
    const dir = testFolder('ct-split-');
    // The last event of 2023 runs into 2024; 2025 has none, so no file.
    const { events } = parseDataset({ ...header, events: [record('a', '2023-03-01'), record('b', '2023-12-31', '2024-01-02'), record('c', '2024-01-01'), record('d', '2026-05-05')] }).dataset;
    const writer = createSplitParquetWriter(join(dir, 'events.parquet'), header, 'year');
    // In two batches that cut across the years.
    await writer.add(events.slice(0, 2));
    await writer.add(events.slice(2));
    await writer.finish();
    const index = JSON.parse(readFileSync(join(dir, 'events.parquet-index.json'), 'utf8')) as { files: unknown[] };
    const footerBytes = expect.any(Number) as unknown as number;
    expect(index.files).toEqual([
      { url: 'events-2023.parquet', from: '2023-03-01', to: '2024-01-02', events: 2, footerBytes },
      { url: 'events-2024.parquet', from: '2024-01-01', to: '2024-01-01', events: 1, footerBytes },
      { url: 'events-2026.parquet', from: '2026-05-05', to: '2026-05-05', events: 1, footerBytes },
    ]);
    const bytes = new Uint8Array(readFileSync(join(dir, 'events-2023.parquet'))).buffer;
    const footer = await readParquetFooter(bytes);
    expect(footer.summary.total).toBe(2);
    expect(footer.header.title).toBe('Split');
    // The footer hint is exactly the footer, its length and the closing magic.
    expect(bytes.byteLength - (index.files[0] as { footerBytes: number }).footerBytes).toBe(footerStart(bytes, bytes.byteLength));
  });

  it('names a period by UTC, whatever the time zone', () => {
    expect(periodOf(Date.UTC(2023, 11, 31, 23, 30), 'year')).toBe('2023');
    expect(periodOf(Date.UTC(2024, 0, 1, 0, 0), 'month')).toBe('2024-01');
  });
});
