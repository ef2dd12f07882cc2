import { describe, expect, it } from 'vitest';
import { readGroupEvents, readParquetFooter, readWholeParquet } from './parquet-events.ts';
import { testParquetFile } from './test-parquet-file.ts';

describe('reading Parquet rows (readGroupEvents)', () => {
  it('removes bidi controls as the JSON reader does, raw in a text cell or escaped in a JSON cell', async () => {
    const file = testParquetFile(6, 3, Infinity, (cells, i) => {
      if (i === 1) cells.title = 'Strike\u202E on a depot';
      if (i === 4) cells.sources = '[{"url":"https://example.org/4","title":"Report\\u2066 4","publisher":"Example"}]';
    });
    const { loaded } = await readWholeParquet(file);
    const events = loaded.dataset.events;
    expect(events).toHaveLength(6);
    expect(events[1]!.title).toBe('Strike on a depot');
    expect(events[4]!.sources[0]!.title).toBe('Report 4');
    expect(loaded.warnings.map(({ id, field }) => [id, field])).toEqual([['event-1', 'title'], ['event-4', 'sources.0.title']]);
  });

  it('skips a row that breaks a rule, numbered by its row in the file, and reads the rest', async () => {
    const file = testParquetFile(6, 3, Infinity, (cells, i) => {
      if (i === 4) cells.sources = 'not json';
    });
    const { loaded } = await readWholeParquet(file);
    expect(loaded.dataset.events.map((event) => event.id)).toEqual(['event-0', 'event-1', 'event-2', 'event-3', 'event-5']);
    expect(loaded.skipped).toMatchObject([{ index: 4, id: 'event-4', field: 'sources' }]);
  });

  it('stops before checking the rows of a group whose read was cancelled meanwhile', async () => {
    const file = testParquetFile(6, 3);
    const footer = await readParquetFooter(file);
    const controller = new AbortController();
    const reading = readGroupEvents(file, footer, [footer.spans[1]!], controller.signal);
    controller.abort();
    await expect(reading).rejects.toThrow(/abort/i);
    expect((await readGroupEvents(file, footer, [footer.spans[1]!], new AbortController().signal)).dataset.events).toHaveLength(3);
  });
});
