import { afterEach, describe, expect, it, vi } from 'vitest';
import { unpackEvents } from '../data/packed-events.ts';
import { serveLoads, type WorkerScope } from './parse-worker.ts';
import { LOAD_HASH_PREFIX, type LoadReply, type LoadRequest } from '../data/worker-protocol.ts';

const URL_ASKED = 'https://data.example.org/events.json';

const DATASET = {
  version: 1,
  title: 'Worker test',
  categories: [{ id: 'c', label: 'C' }],
  events: [
    { id: 'later', date: '2024-02-01', title: 'Later', category: 'c', sources: [{ url: 'https://example.org/2', title: 'S', publisher: 'P' }] },
    { id: 'earlier', date: '2024-01-04', title: 'Earlier', category: 'c', sources: [{ url: 'https://example.org/1', title: 'S', publisher: 'P' }] },
    { id: 'broken', date: '2023-02-30', title: 'Broken', category: 'c', sources: [] },
  ],
};

/** A stand-in for the worker's global scope: what it posted, and a way to send it a request. */
function fakeScope() {
  const replies: { message: LoadReply; transfer?: Transferable[] }[] = [];
  let listener: ((event: MessageEvent<LoadRequest>) => void) | undefined;
  const scope: WorkerScope = {
    addEventListener: (_type, added) => (listener = added),
    postMessage: (message, transfer) => replies.push({ message, transfer }),
  };
  const ask = (url: string) => listener!(new MessageEvent('message', { data: { url } }));
  /** Resolves with every reply once the load has settled (a done or an error). */
  const settled = () => vi.waitFor(() => {
    const last = replies.at(-1)?.message;
    if (last?.type !== 'done' && last?.type !== 'error') throw new Error('still loading');
    return replies;
  });
  return { scope, ask, settled };
}

function stubFetch(respond: () => Response) {
  const fetchMock = vi.fn(async () => respond());
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the dataset worker (serveLoads)', () => {
  it('answers a request with progress, then the events packed in columns with their buffers moved', async () => {
    const text = JSON.stringify(DATASET);
    // A small file whose size the server states is read whole once it is here.
    stubFetch(() => new Response(text, { headers: { 'content-type': 'application/json', 'content-length': String(text.length) } }));
    const { scope, ask, settled } = fakeScope();
    serveLoads(scope, '');
    ask(URL_ASKED);
    const replies = await settled();
    const stages = replies.slice(0, -1).map(({ message }) => message.type === 'progress' && message.progress.stage);
    expect([...new Set(stages)]).toEqual(['connecting', 'downloading', 'reading', 'checking']);
    const { message, transfer } = replies.at(-1)!;
    if (message.type !== 'done') throw new Error(`expected done, got ${message.type}`);
    expect(unpackEvents(message.loaded.dataset.events).map((event) => event.id)).toEqual(['earlier', 'later']);
    expect(message.loaded.skipped.map((problem) => problem.id)).toEqual(['broken']);
    expect(transfer?.length).toBeGreaterThan(0);
    expect(transfer!.every((buffer) => buffer instanceof ArrayBuffer)).toBe(true);
  });

  it('starts the load named in its address, from a microtask rather than at once', async () => {
    const fetchMock = stubFetch(() => new Response(JSON.stringify(DATASET)));
    const { scope, settled } = fakeScope();
    serveLoads(scope, `${LOAD_HASH_PREFIX}${encodeURIComponent(URL_ASKED)}`);
    expect(fetchMock).not.toHaveBeenCalled();
    expect((await settled()).at(-1)!.message.type).toBe('done');
    expect(fetchMock.mock.calls[0]).toEqual([URL_ASKED, expect.objectContaining({ credentials: 'omit' })]);
  });

  it.each([
    ['a big file', { 'content-length': '8000000' }],
    ['a file of no stated size', {}],
  ])('reads %s as it arrives, to the same dataset, and reports the records it checked', async (_name, headers) => {
    // The size the server states decides; the body may be shorter.
    stubFetch(() => new Response(JSON.stringify(DATASET), { headers }));
    const { scope, ask, settled } = fakeScope();
    serveLoads(scope, '');
    ask(URL_ASKED);
    const replies = (await settled()).map(({ message }) => message);
    expect(replies).toContainEqual({ type: 'progress', progress: { stage: 'checking', records: 3 } });
    expect(replies.some((reply) => reply.type === 'progress' && reply.progress.stage === 'reading')).toBe(false);
    const done = replies.at(-1)!;
    expect(done.type === 'done' && unpackEvents(done.loaded.dataset.events).map((event) => event.id)).toEqual(['earlier', 'later']);
  });

  it.each([
    ['a web page', () => new Response('<!doctype html><p>x</p>', { headers: { 'content-type': 'text/html', 'content-length': '8000000' } }), 'html', true],
    ['an HTTP error', () => new Response('gone', { status: 404 }), 'http', true],
    ['a server error (worth a retry)', () => new Response('busy', { status: 503 }), 'http', false],
    ['the unforeseen', () => ({ ok: true, headers: { get: () => { throw new Error('odd headers'); } } }) as unknown as Response, 'other', true],
  ] as const)('reports %s as one error reply', async (_name, respond, kind, permanent) => {
    stubFetch(respond);
    const { scope, ask, settled } = fakeScope();
    serveLoads(scope, '');
    ask(URL_ASKED);
    const last = (await settled()).at(-1)!.message;
    expect(last).toMatchObject({ type: 'error', kind, permanent });
    // The failure as data (its key, and the engine's words apart) and in English.
    if (kind === 'other') {
      expect(last).toMatchObject({ failure: { key: 'fetch.readerFailed', detail: 'odd headers', english: 'The dataset could not be read (odd headers).' } });
    }
  });
});
