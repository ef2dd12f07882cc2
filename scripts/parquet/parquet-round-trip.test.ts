import { readFileSync } from 'node:fs';
import { ByteWriter } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset.ts';
import { recordOfEvent } from '../../src/data/parquet-layout.ts';
import { readGroupEvents, readParquetFooter, readWholeParquet } from '../../src/loading/parquet/parquet-events.ts';
import { groupsForWindow } from '../../src/loading/parquet/range-plan.ts';
import { createParquetEventWriter } from './parquet-event-writer.ts';

const json = JSON.parse(readFileSync('data/events.json', 'utf8')) as Record<string, unknown> & { events: unknown[] };

async function toParquet(rowGroupRows: number): Promise<ArrayBuffer> {
  const { dataset } = parseDataset(json);
  const writer = new ByteWriter();
  const parquet = createParquetEventWriter(writer, json, rowGroupRows);
  // In batches that do not line up with the row groups, as convert and the generator send them.
  for (let i = 0; i < dataset.events.length; i += 7) await parquet.add(dataset.events.slice(i, i + 7));
  await parquet.finish();
  return writer.getBuffer();
}

describe('our format as Parquet', () => {
  it('gives back the same events and header (JSON → Parquet → records)', async () => {
    const original = parseDataset(json);
    const { loaded, header } = await readWholeParquet(await toParquet(16));
    expect(loaded.skipped).toEqual([]);
    expect(loaded.dataset.events.map(recordOfEvent)).toEqual(original.dataset.events.map(recordOfEvent));
    expect(loaded.dataset.events.map((event) => [event.start, event.stop])).toEqual(original.dataset.events.map((event) => [event.start, event.stop]));
    const { events: _events, ...fields } = loaded.dataset;
    const { events: _originalEvents, ...originalFields } = original.dataset;
    expect(fields).toEqual(originalFields);
    expect(header.title).toBe(json.title);
  });

  it('keeps events sorted in row groups with start/stop statistics and day counts in the footer', async () => {
    const original = parseDataset(json).dataset.events;
    const footer = await readParquetFooter(await toParquet(16));
    expect(footer.spans.map((span) => span.rows)).toEqual([16, 16, 16, 16, 16, original.length - 80]);
    expect(footer.spans[0]!.from).toBe(original[0]!.start);
    expect(footer.spans[1]!.from).toBe(original[16]!.start);
    expect(footer.summary.total).toBe(original.length);
    expect(footer.summary.days.reduce((sum, [, ...counts]) => sum + counts.reduce((a, b) => a + b, 0), 0)).toBe(original.length);
    expect(footer.summary.extent.from).toBe(original[0]!.start);
  });

  it('reads only the row groups a window needs, and their events are the window’s', async () => {
    const bytes = await toParquet(16);
    const footer = await readParquetFooter(bytes);
    const all = parseDataset(json).dataset.events;
    const week = { from: all[40]!.start, to: all[40]!.start + 7 * 86_400_000 };
    const groups = groupsForWindow(footer.spans, week);
    expect(groups.length).toBeLessThan(footer.spans.length);
    const { dataset } = await readGroupEvents(bytes, footer, groups);
    const inWeek = (event: { start: number; stop: number }) => event.start < week.to && event.stop > week.from;
    expect(dataset.events.filter(inWeek).map((event) => event.id)).toEqual(all.filter(inWeek).map((event) => event.id));
  });

  it('rejects events out of time order', async () => {
    const { dataset } = parseDataset(json);
    const parquet = createParquetEventWriter(new ByteWriter(), json);
    await expect(parquet.add([dataset.events[5]!, dataset.events[0]!])).rejects.toThrow(/time order/);
  });
});
