import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDataset } from './fetch-dataset.ts';
import { DatasetLoadError } from '../data/fetch-text.ts';

const URL_UNDER_TEST = 'https://data.example.org/events.json';

const VALID = {
  version: 1,
  title: 'Test timeline',
  categories: [{ id: 'attack', label: 'Attacks' }],
  events: [
    {
      id: 'one',
      date: '2024-01-04',
      title: 'One',
      category: 'attack',
      sources: [{ url: 'https://example.org/1', title: 'Report', publisher: 'Example' }],
    },
    { id: 'broken', date: '2023-02-30', title: 'Broken', category: 'attack', sources: [] },
  ],
};

function stubFetch(respond: (input: RequestInfo | URL, init?: RequestInit) => Response | Promise<Response>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => respond(input, init));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function respondWith(body: BodyInit | null, init: ResponseInit = {}) {
  return stubFetch(() => new Response(body, init));
}

async function loadError(): Promise<DatasetLoadError> {
  const error: unknown = await fetchDataset(URL_UNDER_TEST).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DatasetLoadError);
  const loadFailure = error as DatasetLoadError;
  expect(loadFailure.name).toBe('DatasetLoadError');
  expect(loadFailure.url).toBe(URL_UNDER_TEST);
  return loadFailure;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchDataset: success', () => {
  it('fetches without credentials and parses the dataset, reporting skipped records', async () => {
    const fetchMock = respondWith(JSON.stringify(VALID), { headers: { 'content-type': 'application/json' } });
    const { dataset, skipped } = await fetchDataset(URL_UNDER_TEST);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]![0]).toBe(URL_UNDER_TEST);
    expect(fetchMock.mock.calls[0]![1]).toMatchObject({ credentials: 'omit' });
    expect(dataset.title).toBe('Test timeline');
    expect(dataset.events.map((e) => e.id)).toEqual(['one']);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ index: 1, id: 'broken' });
  });

  it('passes the abort signal on (combined with its own timeout)', async () => {
    const fetchMock = respondWith(JSON.stringify(VALID));
    const controller = new AbortController();
    await fetchDataset(URL_UNDER_TEST, controller.signal);
    const passed = fetchMock.mock.calls[0]![1]?.signal;
    expect(passed?.aborted).toBe(false);
    controller.abort();
    expect(passed?.aborted).toBe(true);
  });

  it('reads a file that starts with a byte-order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(JSON.stringify(VALID))]);
    respondWith(bytes, { headers: { 'content-type': 'application/json' } });
    const { dataset } = await fetchDataset(URL_UNDER_TEST);
    expect(dataset.events).toHaveLength(1);
  });

  it('strips a BOM that survives text decoding', async () => {
    // Some servers send the BOM as a character (e.g. a UTF-16 file served as such);
    // simulate a body whose decoded text still starts with U+FEFF (the decoder drops one mark).
    const bytes = new TextEncoder().encode(`\uFEFF\uFEFF${JSON.stringify(VALID)}`);
    stubFetch(() => {
      const response = new Response('');
      Object.defineProperty(response, 'arrayBuffer', { value: async () => bytes.buffer });
      return response;
    });
    const { dataset } = await fetchDataset(URL_UNDER_TEST);
    expect(dataset.title).toBe('Test timeline');
  });

  it('accepts JSON served as text/plain', async () => {
    respondWith(JSON.stringify(VALID), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
    await expect(fetchDataset(URL_UNDER_TEST)).resolves.toHaveProperty('dataset.title', 'Test timeline');
  });
});

describe('fetchDataset: failures become DatasetLoadError', () => {
  it('404 is permanent and names the status', async () => {
    respondWith('Not found', { status: 404, statusText: 'Not Found' });
    const error = await loadError();
    expect(error.permanent).toBe(true);
    expect(error.message).toBe('The server answered 404 Not Found.');
  });

  it('403 is permanent', async () => {
    respondWith(null, { status: 403 });
    const error = await loadError();
    expect(error.permanent).toBe(true);
    expect(error.message).toContain('403');
  });

  it('500 is not permanent (worth retrying)', async () => {
    respondWith('oops', { status: 500, statusText: 'Internal Server Error' });
    const error = await loadError();
    expect(error.permanent).toBe(false);
    expect(error.message).toContain('500');
  });

  it('503 is not permanent', async () => {
    respondWith(null, { status: 503 });
    expect((await loadError()).permanent).toBe(false);
  });

  it.each([408, 429])('%i (try again later) is not permanent', async (status) => {
    respondWith(null, { status });
    const error = await loadError();
    expect(error.permanent).toBe(false);
    expect(error.message).toContain(String(status));
  });

  it('a network failure is not permanent', async () => {
    stubFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const error = await loadError();
    expect(error.permanent).toBe(false);
    expect(error.message).toMatch(/could not be reached/);
  });

  it('an abort is passed through as the original error, not as a load error', async () => {
    const controller = new AbortController();
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    stubFetch(() => {
      controller.abort();
      throw abort;
    });
    await expect(fetchDataset(URL_UNDER_TEST, controller.signal)).rejects.toBe(abort);
  });

  it('an HTML page (by content type) is permanent', async () => {
    respondWith('<p>Welcome</p>', { headers: { 'content-type': 'text/html; charset=utf-8' } });
    const error = await loadError();
    expect(error.permanent).toBe(true);
    expect(error.message).toMatch(/HTML/);
  });

  it('an HTML page served as JSON (an SPA fallback) is permanent', async () => {
    respondWith('\n  <!DOCTYPE html><html><body>App</body></html>', { headers: { 'content-type': 'application/json' } });
    const error = await loadError();
    expect(error.permanent).toBe(true);
    expect(error.message).toMatch(/HTML/);
  });

  it('invalid JSON is permanent and says so', async () => {
    respondWith('{"version": 1, "title": ', { headers: { 'content-type': 'application/json' } });
    const error = await loadError();
    expect(error.permanent).toBe(true);
    expect(error.message).toMatch(/not valid JSON/);
    expect(error.message).not.toMatch(/empty/);
  });

  it('an empty body is permanent and says the file is empty', async () => {
    respondWith('');
    const error = await loadError();
    expect(error.permanent).toBe(true);
    expect(error.message).toBe('The dataset is not valid JSON (the file is empty).');
  });

  it('a whitespace-only body counts as empty', async () => {
    respondWith(' \n\t ');
    expect((await loadError()).message).toContain('the file is empty');
  });

  it.each([
    ['a list', '[]', /a list/],
    ['a string', '"events"', /a string/],
    ['null', 'null', /null/],
    ['an object without events', '{"version": 1, "title": "T", "categories": []}', /events/],
    ['version 2', JSON.stringify({ ...VALID, version: 2 }), /version must be 1/],
  ])('a wrong top-level shape (%s) is permanent', async (_name, body, message) => {
    respondWith(body, { headers: { 'content-type': 'application/json' } });
    const error = await loadError();
    expect(error.permanent).toBe(true);
    expect(error.message).toMatch(message);
  });
});
