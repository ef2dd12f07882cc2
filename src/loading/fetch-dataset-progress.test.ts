import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDataset, type LoadProgress } from './fetch-dataset.ts';
import { DatasetLoadError, fetchDatasetText, formatBytes, RESPONSE_TIMEOUT_MS } from '../data/fetch-text.ts';

const URL_UNDER_TEST = 'https://data.example.org/events.json';
const fixture = (name: string) => readFileSync(new URL(`../../e2e/fixtures/${name}`, import.meta.url), 'utf8');

function stubFetch(respond: (input: RequestInfo | URL, init?: RequestInit) => Response | Promise<Response>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => respond(input, init));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** A body that arrives in pieces; `hold` keeps the stream open after them (a stalled server). */
function streamOf(chunks: readonly string[], { hold = false, fail = false } = {}) {
  const encoder = new TextEncoder();
  const queue = [...chunks];
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = queue.shift();
      if (chunk !== undefined) controller.enqueue(encoder.encode(chunk));
      else if (fail) controller.error(new TypeError('network error'));
      else if (!hold) controller.close();
      else return new Promise<void>(() => {}); // nothing more, ever
    },
  });
}

/** A fetch that never answers, but gives up when its signal is aborted, as the real one does. */
function neverAnswer(_input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
  });
}

async function failure(promise: Promise<unknown>): Promise<DatasetLoadError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DatasetLoadError);
  expect((error as DatasetLoadError).url).toBe(URL_UNDER_TEST);
  return error as DatasetLoadError;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('fetchDataset: progress', () => {
  it('reads the body as a stream and reports bytes of the Content-Length, then the stages', async () => {
    const text = fixture('valid.json');
    const bytes = new TextEncoder().encode(text).byteLength;
    const third = Math.ceil(text.length / 3);
    stubFetch(() => new Response(streamOf([text.slice(0, third), text.slice(third, 2 * third), text.slice(2 * third)]), { headers: { 'content-length': String(bytes) } }));
    const progress: LoadProgress[] = [];
    const loaded = await fetchDataset(URL_UNDER_TEST, undefined, (step) => progress.push(step));
    expect(loaded.dataset.events).toHaveLength(3);
    expect(progress[0]).toEqual({ stage: 'connecting' });
    expect(progress[1]).toEqual({ stage: 'downloading', loaded: 0, total: bytes });
    expect(progress).toContainEqual({ stage: 'downloading', loaded: bytes, total: bytes });
    expect(progress.slice(-2)).toEqual([{ stage: 'reading' }, { stage: 'checking', records: 3 }]);
  });

  it('does not trust Content-Length for a compressed body', async () => {
    stubFetch(() => new Response(streamOf([fixture('valid.json')]), { headers: { 'content-length': '10', 'content-encoding': 'gzip' } }));
    const progress: LoadProgress[] = [];
    await fetchDataset(URL_UNDER_TEST, undefined, (step) => progress.push(step));
    expect(progress[1]).toEqual({ stage: 'downloading', loaded: 0, total: undefined });
  });

  it('decodes UTF-8 split across chunks and drops a byte-order mark', async () => {
    const text = `\uFEFF${fixture('valid.json').replace('Fixture timeline', 'Fixture — “timeline” ✓')}`;
    const bytes = new TextEncoder().encode(text);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 7) controller.enqueue(bytes.slice(i, i + 7));
        controller.close();
      },
    });
    stubFetch(() => new Response(body));
    const loaded = await fetchDataset(URL_UNDER_TEST, undefined, () => {});
    expect(loaded.dataset.title).toBe('Fixture — “timeline” ✓');
  });

  it('imports an ACLED CSV found at a .json address', async () => {
    stubFetch(() => new Response(fixture('acled.csv'), { headers: { 'content-type': 'application/json' } }));
    const loaded = await fetchDataset(URL_UNDER_TEST, undefined, () => {});
    expect(loaded.dataset.title).toBe('ACLED events: Testland');
    expect(loaded.skipped).toHaveLength(2);
  });
});

describe('fetchDataset: timeouts and broken transfers', () => {
  it('fails with a timeout when the server does not answer', async () => {
    vi.useFakeTimers();
    stubFetch(neverAnswer);
    const pending = failure(fetchDataset(URL_UNDER_TEST));
    await vi.advanceTimersByTimeAsync(RESPONSE_TIMEOUT_MS);
    const error = await pending;
    expect(error.kind).toBe('timeout');
    expect(error.permanent).toBe(false);
    expect(error.message).toBe('The server did not answer within 60 seconds.');
  });

  it('fails with a stall when the body stops arriving', async () => {
    vi.useFakeTimers();
    stubFetch(() => new Response(streamOf(['{"version": 1, "title": '], { hold: true })));
    const pending = failure(fetchDataset(URL_UNDER_TEST, undefined, () => {}));
    await vi.advanceTimersByTimeAsync(RESPONSE_TIMEOUT_MS);
    const error = await pending;
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('The download stalled: nothing arrived for 60 seconds, after 24 B.');
  });

  it('a slow but steady download does not time out', async () => {
    vi.useFakeTimers();
    const text = fixture('valid.json');
    const encoder = new TextEncoder();
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, RESPONSE_TIMEOUT_MS / 2));
        controller.enqueue(encoder.encode(text.slice(sent, sent + 300)));
        sent += 300;
        if (sent >= text.length) controller.close();
      },
    });
    stubFetch(() => new Response(body));
    const pending = fetchDataset(URL_UNDER_TEST, undefined, () => {});
    await vi.advanceTimersByTimeAsync(RESPONSE_TIMEOUT_MS * 4);
    await expect(pending).resolves.toHaveProperty('dataset.title', 'Fixture timeline');
  });

  it('an abort by the caller is not turned into a timeout', async () => {
    stubFetch(neverAnswer);
    const controller = new AbortController();
    const reason = new DOMException('cancelled', 'AbortError');
    const pending = fetchDataset(URL_UNDER_TEST, controller.signal);
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('a connection that breaks mid-download says so, with what arrived', async () => {
    stubFetch(() => new Response(streamOf(['{"version": 1'], { fail: true })));
    const error = await failure(fetchDataset(URL_UNDER_TEST, undefined, () => {}));
    expect(error.kind).toBe('network');
    expect(error.permanent).toBe(false);
    expect(error.message).toBe('The connection broke while downloading the dataset, after 13 B.');
  });

  it('says when the device is offline', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    stubFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const error = await failure(fetchDataset(URL_UNDER_TEST));
    expect(error.kind).toBe('offline');
    expect(error.message).toMatch(/could not be reached: this device appears to be offline/);
  });

  it('refuses a file larger than it can hold, before downloading it', async () => {
    stubFetch(() => new Response('{}', { headers: { 'content-length': String(500 * 1024 * 1024) } }));
    const error = await failure(fetchDataset(URL_UNDER_TEST, undefined, () => {}));
    expect(error.kind).toBe('too-large');
    expect(error.permanent).toBe(true);
    expect(error.message).toMatch(/The file is 524 MB, more than the 200 MB this app can load/);
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [35_400, '35 kB'],
    [1_234_567, '1.2 MB'],
    [52_428_800, '52 MB'],
  ])('%i → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('fetchDatasetText: reading the text as it arrives', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks the reader with the stated size, hands it every piece in order, and still returns the whole text', async () => {
    const chunks = ['\uFEFF{"version": 1, ', '"title": "é', ' ok", "events": []}'];
    const whole = chunks.join('').slice(1);
    stubFetch(() => new Response(streamOf(chunks), { headers: { 'content-length': '57' } }));
    const sizes: (number | undefined)[] = [];
    const pieces: string[] = [];
    const { text } = await fetchDatasetText(URL_UNDER_TEST, undefined, undefined, (total) => {
      sizes.push(total);
      return (piece) => pieces.push(piece);
    });
    expect(sizes).toEqual([57]);
    expect(pieces.join('')).toBe(whole);
    expect(text).toBe(whole);
  });

  it('decodes characters cut between two network chunks, in the pieces and in the whole text', async () => {
    const bytes = new TextEncoder().encode('{"title": "Ḥaydar é 🇮🇶", "events": []}');
    const cuts = [0, 12, 13, 24, 26, bytes.length];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 1; i < cuts.length; i++) controller.enqueue(bytes.slice(cuts[i - 1], cuts[i]));
        controller.close();
      },
    });
    stubFetch(() => new Response(body));
    const pieces: string[] = [];
    const { text } = await fetchDatasetText(URL_UNDER_TEST, undefined, undefined, () => (piece) => pieces.push(piece));
    expect(pieces.join('')).toBe('{"title": "Ḥaydar é 🇮🇶", "events": []}');
    expect(text).toBe('{"title": "Ḥaydar é 🇮🇶", "events": []}');
  });

  it('hands out nothing when the reader declines', async () => {
    stubFetch(() => new Response(streamOf(['{"version": 1}'])));
    let asked = 0;
    const { text } = await fetchDatasetText(URL_UNDER_TEST, undefined, () => undefined, () => {
      asked++;
      return undefined;
    });
    expect(asked).toBe(1);
    expect(text).toBe('{"version": 1}');
  });
});
