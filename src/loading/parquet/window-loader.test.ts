import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../data/timeline-event.ts';
import type { ParquetDataset, ParquetPart } from './merge-footers.ts';
import type { RangeFile } from './range-file.ts';
import type { RowGroupSpan } from './range-plan.ts';
import type { ReadGroup } from './read-group.ts';
import { windowSource } from './window-loader.ts';

const DAY = 86_400_000;

/** Ten groups of 20,000 rows, group i covering day i. */
const spans: RowGroupSpan[] = Array.from({ length: 10 }, (_, i) => ({ file: 0, index: i, rowStart: i * 20_000, rows: 20_000, from: i * DAY, to: (i + 1) * DAY, bytes: 100 }));
const summary = { total: 200_000, extent: { from: 0, to: 10 * DAY }, categories: ['c'], days: spans.map((_, i) => [i, 20_000]) };
const file = { byteLength: 1000, ranged: true, received: () => 42 } as unknown as RangeFile;
const dataset = { parts: [{ file } as ParquetPart], spans, summary, header: {} } satisfies ParquetDataset;

/** Events standing for a group's rows: one per group is enough to tell them apart. */
const eventsOf = (group: number) => [{ id: `g${group}`, start: group * DAY, stop: group * DAY + 1 } as TimelineEvent];

/** A reader whose reads finish when the test says, and which records what it was asked. */
function controlledReader() {
  const reads: { group: number; signal: AbortSignal; finish: () => void }[] = [];
  const readGroup: ReadGroup = (group, signal, onBytes) =>
    new Promise((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason));
      reads.push({ group: group.index, signal, finish: () => (onBytes(group.bytes), resolve(eventsOf(group.index))) });
    });
  const finish = (group: number) => reads.find((read) => read.group === group && !read.signal.aborted)!.finish();
  return { readGroup, reads, finish };
}

const days = (from: number, to: number) => ({ from: from * DAY + 1, to: to * DAY - 1 });
const ids = (events: readonly TimelineEvent[]) => events.map((event) => event.id);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('windowSource', () => {
  it('reads the groups a window needs, counts their bytes, and keeps them for the next window', async () => {
    const { readGroup, reads, finish } = controlledReader();
    const source = windowSource(dataset, readGroup);
    const progress: [number, number][] = [];
    const loading = source.load(days(2, 4), new AbortController().signal, (done, total) => progress.push([done, total]));
    expect(reads.map((read) => read.group)).toEqual([2, 3]);
    finish(3);
    finish(2);
    expect(ids((await loading).events)).toEqual(['g2', 'g3']);
    expect(progress).toEqual([[100, 200], [200, 200]]);
    expect(source.received()).toBe(42 + 200);
    // The same window again reads nothing.
    expect(ids((await source.load(days(2, 4), new AbortController().signal, () => {})).events)).toEqual(['g2', 'g3']);
    expect(reads).toHaveLength(2);
  });

  it('joins a group an earlier window is still reading, and cancels only the groups no window waits for', async () => {
    const { readGroup, reads, finish } = controlledReader();
    const source = windowSource(dataset, readGroup);
    const first = new AbortController();
    const earlier = source.load(days(1, 3), first.signal, () => {});
    first.abort();
    const later = source.load(days(2, 4), new AbortController().signal, () => {});
    await expect(earlier).rejects.toThrow();
    // Group 1 was wanted by the earlier window alone; group 2 by both, and read once.
    expect(reads.map((read) => [read.group, read.signal.aborted])).toEqual([[1, true], [2, false], [3, false]]);
    finish(2);
    finish(3);
    expect(ids((await later).events)).toEqual(['g2', 'g3']);
  });

  it('keeps a group read to its end even when its window has moved on', async () => {
    const { readGroup, reads, finish } = controlledReader();
    const source = windowSource(dataset, readGroup);
    const controller = new AbortController();
    const loading = source.load(days(5, 7), controller.signal, () => {});
    finish(5);
    await settle();
    controller.abort();
    await expect(loading).rejects.toThrow();
    expect(ids((await source.load(days(5, 6), new AbortController().signal, () => {})).events)).toEqual(['g5']);
    expect(reads.map((read) => [read.group, read.signal.aborted])).toEqual([[5, false], [6, true]]);
  });

  it('prefetches a window still being chosen, cancels what a newer choice leaves out, and a load joins the rest', async () => {
    const { readGroup, reads, finish } = controlledReader();
    const source = windowSource(dataset, readGroup);
    source.prefetch(days(1, 2));
    source.prefetch(days(2, 4));
    // Group 1 is no longer wanted; 2 and 3 are being read.
    expect(reads.map((read) => [read.group, read.signal.aborted])).toEqual([[1, true], [2, false], [3, false]]);
    finish(2);
    await settle();
    const progress: number[] = [];
    const loading = source.load(days(2, 4), new AbortController().signal, (done) => progress.push(done));
    finish(3);
    expect(ids((await loading).events)).toEqual(['g2', 'g3']);
    expect(reads).toHaveLength(3);
    expect(progress).toEqual([100]);
  });

  it('lets a prefetch go on through a frame wider than a window loads (a pinch passing through)', () => {
    const { readGroup, reads } = controlledReader();
    const source = windowSource(dataset, readGroup);
    source.prefetch(days(6, 8));
    source.prefetch(days(0, 10));
    expect(reads.map((read) => [read.group, read.signal.aborted])).toEqual([[6, false], [7, false]]);
    source.prefetch(days(6, 7));
    expect(reads.map((read) => [read.group, read.signal.aborted])).toEqual([[6, false], [7, true]]);
  });

  it('stops a prefetch when the choice is given up', () => {
    const { readGroup, reads } = controlledReader();
    const source = windowSource(dataset, readGroup);
    source.prefetch(days(6, 8));
    source.prefetch(undefined);
    expect(reads.map((read) => read.signal.aborted)).toEqual([true, true]);
  });

  it('loads nothing for a window of more rows than it holds at once, and says about how many', async () => {
    const { readGroup, reads } = controlledReader();
    const source = windowSource(dataset, readGroup);
    const load = await source.load(days(0, 10), new AbortController().signal, () => {});
    expect(load.events).toEqual([]);
    expect(load.tooMany).toBe(200_000);
    expect(reads).toEqual([]);
  });

  it('reads a window across two files, a group of each, and holds their events in time order', async () => {
    // The same ten days as two files of five days (an index split by time), each group's index its own file's.
    const split = spans.map((span) => ({ ...span, file: span.index < 5 ? 0 : 1, index: span.index % 5 }));
    const other = { byteLength: 500, ranged: true, received: () => 8 } as unknown as RangeFile;
    const two = { ...dataset, parts: [{ file } as ParquetPart, { file: other } as ParquetPart], spans: split };
    const reads: string[] = [];
    const readGroup: ReadGroup = async (group, _signal, onBytes) => {
      reads.push(`${group.file}/${group.index}`);
      await settle();
      onBytes(group.bytes);
      return eventsOf(group.file * 5 + group.index);
    };
    const source = windowSource(two, readGroup);
    expect([source.files, source.byteLength, source.received()]).toEqual([2, 1500, 50]);
    expect(ids((await source.load(days(4, 6), new AbortController().signal, () => {})).events)).toEqual(['g4', 'g5']);
    expect(reads).toEqual(['0/4', '1/0']);
    // Panning on reads only the group not held, and the held events stay in time order.
    expect(ids((await source.load(days(3, 5), new AbortController().signal, () => {})).events)).toEqual(['g3', 'g4', 'g5']);
    expect(reads).toEqual(['0/4', '1/0', '0/3']);
  });

  it('sorts the held events by time when files overlap in time (an index not split by time)', async () => {
    const overlapping = spans.slice(0, 2).map((span, i) => ({ ...span, file: i, index: 0, from: 0, to: 2 * DAY }));
    const two = { ...dataset, parts: [{ file } as ParquetPart, { file } as ParquetPart], spans: overlapping };
    const at = (id: string, start: number) => ({ id, start, stop: start + 1 }) as TimelineEvent;
    const readGroup: ReadGroup = async (group) => (group.file === 0 ? [at('a', 0), at('c', DAY)] : [at('b', DAY / 2), at('d', 1.5 * DAY)]);
    const source = windowSource(two, readGroup);
    expect(ids((await source.load(days(0, 2), new AbortController().signal, () => {})).events)).toEqual(['a', 'b', 'c', 'd']);
  });
});
