import { afterEach, describe, expect, it, vi } from 'vitest';
import { unpackEvents } from '../../data/packed-events.ts';
import { readParquetFooter } from './parquet-events.ts';
import { filesFetch, rangeFetch, testParquetFile } from './test-parquet-file.ts';
import { serveWindows, type WindowWorkerScope } from './window-worker.ts';
import type { WindowReply, WindowRequest } from './window-worker-protocol.ts';

const URL_ASKED = 'https://data.example.org/events.parquet';

/** A stand-in for the worker's global scope: what it posted, and a way to send it requests. */
function fakeScope() {
  const replies: { message: WindowReply; transfer?: Transferable[] }[] = [];
  let listener: ((event: MessageEvent<WindowRequest>) => void) | undefined;
  const scope: WindowWorkerScope = {
    addEventListener: (_type, added) => (listener = added),
    postMessage: (message, transfer) => replies.push({ message, transfer }),
  };
  const send = (data: WindowRequest) => listener!(new MessageEvent('message', { data }));
  const answered = (read: number) =>
    vi.waitFor(() => {
      const last = replies.find(({ message }) => message.read === read && message.type !== 'bytes');
      if (!last) throw new Error('still reading');
      return last;
    });
  return { scope, send, replies, answered };
}

/** What the page hands the worker: the file as its first answer (the last 2,000 bytes) found it. */
function opened(file: ArrayBuffer, url = URL_ASKED) {
  return { url, byteLength: file.byteLength, ranged: true, head: file.slice(file.byteLength - 2000), headStart: file.byteLength - 2000 };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the Parquet window worker (serveWindows)', () => {
  it('reads a row group by range requests and answers with its events packed, their buffers moved', async () => {
    const file = testParquetFile(30, 10, 25);
    const ranges: string[] = [];
    vi.stubGlobal('fetch', rangeFetch(file, (range) => ranges.push(range)));
    const { scope, send, replies, answered } = fakeScope();
    serveWindows(scope);
    send({ type: 'open', files: [opened(file)] });
    send({ type: 'read', read: 7, file: 0, group: 2 });
    const { message, transfer } = await answered(7);
    if (message.type !== 'events') throw new Error(`expected events, got ${message.type}`);
    const events = unpackEvents(message.events);
    expect(events.map((event) => event.id)).toEqual(Array.from({ length: 10 }, (_, i) => `event-${20 + i}`));
    // Text past ASCII (the Arabic titles) reads back whole.
    expect(events.at(-1)!.title).toBe('غارة 29');
    expect(transfer!.length).toBeGreaterThan(0);
    expect(transfer!.every((buffer) => buffer instanceof ArrayBuffer)).toBe(true);
    // Only that group's bytes were asked for, and reported.
    const footer = await readParquetFooter(file);
    const bytes = replies.filter(({ message }) => message.type === 'bytes').reduce((sum, { message }) => sum + (message.type === 'bytes' ? message.bytes : 0), 0);
    expect(ranges.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(footer.spans[2]!.bytes);
  });

  it('answers nothing for a read cancelled before its bytes came, and fails a read it cannot do', async () => {
    const file = testParquetFile(30, 10);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const fetchRange = rangeFetch(file);
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => (await held, fetchRange(input, init)));
    const { scope, send, replies, answered } = fakeScope();
    serveWindows(scope);
    send({ type: 'open', files: [opened(file)] });
    send({ type: 'read', read: 1, file: 0, group: 0 });
    send({ type: 'cancel', read: 1 });
    send({ type: 'read', read: 2, file: 0, group: 99 });
    release();
    const failed = await answered(2);
    expect(failed.message).toMatchObject({ type: 'failed', read: 2 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(replies.filter(({ message }) => message.read === 1)).toEqual([]);
  });

  it('reads the group asked for from the file asked for, of an index\'s files', async () => {
    const second = 'https://data.example.org/events-2.parquet';
    const files = [testParquetFile(30, 10), testParquetFile(30, 10, Infinity, undefined, 30)];
    vi.stubGlobal('fetch', filesFetch(new Map([[URL_ASKED, files[0]!], [second, files[1]!]])));
    const { scope, send, answered } = fakeScope();
    serveWindows(scope);
    send({ type: 'open', files: [opened(files[0]!), opened(files[1]!, second)] });
    send({ type: 'read', read: 1, file: 1, group: 0 });
    send({ type: 'read', read: 2, file: 0, group: 2 });
    const ids = async (read: number) => {
      const { message } = await answered(read);
      if (message.type !== 'events') throw new Error(`expected events, got ${message.type}`);
      return unpackEvents(message.events).map((event) => event.id);
    };
    expect(await ids(1)).toEqual(Array.from({ length: 10 }, (_, i) => `event-${30 + i}`));
    expect(await ids(2)).toEqual(Array.from({ length: 10 }, (_, i) => `event-${20 + i}`));
  });
});
