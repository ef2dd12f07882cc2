import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { discardEarlyLoad, EARLY_LOAD_GLOBAL, takeEarlyLoad, type EarlyLoad } from './early-load.ts';
import { loadInWorker } from '../loading/load-in-worker.ts';
import { packEvents } from '../data/event-packer.ts';
import { fetchFailure } from '../data/fetch-failure.ts';
import { parseDataset } from '../data/parse-dataset.ts';
import type { LoadReply } from '../data/worker-protocol.ts';

const URL_ASKED = 'https://example.org/data/events.json';

/** Enough of a Worker for the page's side: listeners, posted messages, termination. */
class FakeWorker extends EventTarget {
  onmessage: unknown = () => undefined;
  onerror: unknown = () => undefined;
  onmessageerror: unknown = () => undefined;
  posted: unknown[] = [];
  terminated = false;
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

function leaveEarlyLoad(url: string, replies: LoadReply[], failed = false) {
  const worker = new FakeWorker();
  const load = { url, worker: worker as unknown as Worker, replies: replies.map((data) => new MessageEvent('message', { data })), failed };
  (globalThis as Record<string, unknown>)[EARLY_LOAD_GLOBAL] = load satisfies EarlyLoad;
  return worker;
}

function doneReply(): LoadReply {
  const { dataset, skipped, warnings } = parseDataset(JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')));
  const { packed } = packEvents(dataset.events);
  return { type: 'done', loaded: { dataset: { ...dataset, events: packed }, skipped, warnings } };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[EARLY_LOAD_GLOBAL];
});

describe('takeEarlyLoad', () => {
  it('hands over the load of the same address once, with the early listeners removed', () => {
    const worker = leaveEarlyLoad(URL_ASKED, []);
    const early = takeEarlyLoad(URL_ASKED);
    expect(early?.worker).toBe(worker);
    expect([worker.onmessage, worker.onerror, worker.onmessageerror]).toEqual([null, null, null]);
    expect(worker.terminated).toBe(false);
    expect(takeEarlyLoad(URL_ASKED)).toBeUndefined();
  });

  it('stops the load of another address', () => {
    const worker = leaveEarlyLoad('https://example.org/other.json', []);
    expect(takeEarlyLoad(URL_ASKED)).toBeUndefined();
    expect(worker.terminated).toBe(true);
  });

  it('is stopped by a page that has no timeline', () => {
    const worker = leaveEarlyLoad(URL_ASKED, []);
    discardEarlyLoad();
    expect(worker.terminated).toBe(true);
    expect(takeEarlyLoad(URL_ASKED)).toBeUndefined();
  });

  it('is undefined when the page had no early load', () => {
    expect(takeEarlyLoad(URL_ASKED)).toBeUndefined();
  });
});

describe('loadInWorker with an early load', () => {
  it('replays what the worker said before the app listened, and asks it nothing', async () => {
    const worker = leaveEarlyLoad(URL_ASKED, [{ type: 'progress', progress: { stage: 'connecting' } }, doneReply()]);
    const stages: string[] = [];
    const loaded = await loadInWorker(URL_ASKED, { onProgress: (progress) => stages.push(progress.stage) });
    expect(stages).toEqual(['connecting']);
    expect(loaded?.dataset.events.map((event) => event.id)).toContain('us-strike-baghdad-abu-taqwa');
    expect(worker.posted).toEqual([]);
    expect(worker.terminated).toBe(true);
  });

  it('goes on listening to the worker when the early replies are not the end', async () => {
    const worker = leaveEarlyLoad(URL_ASKED, [{ type: 'progress', progress: { stage: 'connecting' } }]);
    const loading = loadInWorker(URL_ASKED);
    const failure = fetchFailure('fetch.status', { status: '404' });
    worker.dispatchEvent(new MessageEvent('message', { data: { type: 'error', failure, kind: 'http', permanent: true } }));
    await expect(loading).rejects.toThrow('The server answered 404.');
    await expect(loading).rejects.toMatchObject({ failure });
  });

  it('resolves with nothing when the early worker could not run, so the page loads on its own thread', async () => {
    leaveEarlyLoad(URL_ASKED, [], true);
    await expect(loadInWorker(URL_ASKED)).resolves.toBeUndefined();
  });
});
