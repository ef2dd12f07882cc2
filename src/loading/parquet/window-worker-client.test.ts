import { afterEach, describe, expect, it, vi } from 'vitest';
import { readParquetFooter } from './parquet-events.ts';
import { rangeFileOf } from './range-file.ts';
import { readGroupInPlace, type ReadGroup } from './read-group.ts';
import { rangeFetch, testParquetFile } from './test-parquet-file.ts';
import { pickSlot, readGroupInWorkers, workerLimit } from './window-worker-client.ts';
import { serveWindows } from './window-worker.ts';
import type { WindowRequest } from './window-worker-protocol.ts';

const URL_ASKED = 'https://data.example.org/events.parquet';

/** A Worker that runs the real worker code on this thread, messages cloned as postMessage does; `broken` ones fail to start. */
function fakeWorkers(broken = false) {
  const made: FakeWorker[] = [];
  class FakeWorker extends EventTarget {
    toWorker?: (event: MessageEvent<WindowRequest>) => void;
    constructor() {
      super();
      made.push(this);
      if (broken) {
        queueMicrotask(() => this.dispatchEvent(new Event('error', { cancelable: true })));
        return;
      }
      serveWindows({
        addEventListener: (_type, listener) => (this.toWorker = listener),
        postMessage: (message) => queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data: structuredClone(message) }))),
      });
    }
    postMessage(data: WindowRequest) {
      queueMicrotask(() => this.toWorker?.(new MessageEvent('message', { data: structuredClone(data) })));
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', FakeWorker);
  return made;
}

async function setUp() {
  const bytes = testParquetFile(40, 10);
  vi.stubGlobal('fetch', rangeFetch(bytes));
  const head = bytes.slice(bytes.byteLength - 2000);
  const file = rangeFileOf({ url: URL_ASKED, byteLength: bytes.byteLength, ranged: true, head, headStart: bytes.byteLength - 2000 });
  const footer = await readParquetFooter(file, head.byteLength);
  const inPlace = vi.fn(readGroupInPlace([{ file, footer }]));
  return { file, footer, inPlace };
}

const idsOf = async (reading: ReturnType<ReadGroup>) => (await reading).map((event) => event.id);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readGroupInWorkers', () => {
  it('reads groups in workers, starting another while the first is busy, up to the limit', async () => {
    const made = fakeWorkers();
    const { file, footer, inPlace } = await setUp();
    const readGroup = readGroupInWorkers([file.opened], inPlace, 2);
    expect(made).toHaveLength(1);
    const signal = new AbortController().signal;
    const reads = footer.spans.map((group) => idsOf(readGroup(group, signal, () => {})));
    expect(made).toHaveLength(2);
    const expected = await Promise.all(footer.spans.map((group) => idsOf(inPlace(group, signal, () => {}))));
    expect(await Promise.all(reads)).toEqual(expected);
    expect(expected.flat()).toHaveLength(40);
    expect(inPlace).toHaveBeenCalledTimes(footer.spans.length);
  });

  it('starts the other workers once the page is idle, up to the limit', async () => {
    const made = fakeWorkers();
    const { file, inPlace } = await setUp();
    vi.useFakeTimers();
    try {
      readGroupInWorkers([file.opened], inPlace, 3);
      expect(made).toHaveLength(1);
      vi.advanceTimersByTime(1000);
      expect(made).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads on this thread when the worker does not start, the reads under way too', async () => {
    fakeWorkers(true);
    const { file, footer, inPlace } = await setUp();
    const readGroup = readGroupInWorkers([file.opened], inPlace, 1);
    const signal = new AbortController().signal;
    expect(await idsOf(readGroup(footer.spans[1]!, signal, () => {}))).toEqual(Array.from({ length: 10 }, (_, i) => `event-${10 + i}`));
    expect(await idsOf(readGroup(footer.spans[2]!, signal, () => {}))).toHaveLength(10);
    expect(inPlace).toHaveBeenCalledTimes(2);
  });

  it('is the reader on this thread where there is no Worker', async () => {
    const { file, inPlace } = await setUp();
    expect(readGroupInWorkers([file.opened], inPlace)).toBe(inPlace);
  });
});

describe('pickSlot', () => {
  const slot = (reads: number, broken = false) => ({ reads, broken });

  it('takes an idle worker, else starts one while there is room, else the least busy', () => {
    const started = slot(0);
    expect(pickSlot([slot(1), slot(0)], 2, () => started)).toEqual(slot(0));
    expect(pickSlot([slot(1)], 2, () => started)).toBe(started);
    const busy = [slot(2), slot(1)];
    expect(pickSlot(busy, 2, () => started)).toBe(busy[1]);
  });

  it('passes over a broken worker, and has none when none runs and none starts', () => {
    expect(pickSlot([slot(0, true), slot(3)], 2, () => undefined)).toEqual(slot(3));
    expect(pickSlot([slot(0, true)], 2, () => undefined)).toBeUndefined();
    // A failed worker counts against the limit: no new worker for each read where workers are forbidden.
    const start = vi.fn(() => slot(0));
    expect(pickSlot([slot(0, true)], 1, start)).toBeUndefined();
    expect(start).not.toHaveBeenCalled();
  });

  it('allows one worker per core, at least one and at most four', () => {
    expect([workerLimit(1), workerLimit(2), workerLimit(8), workerLimit(undefined)]).toEqual([1, 2, 4, 2]);
  });
});
