import { packEvents } from '../../data/event-packer.ts';
import { readGroupEvents, readParquetFooter, type ParquetFooter } from './parquet-events.ts';
import { rangeFileOf, type RangeFile } from './range-file.ts';
import type { WindowReply, WindowRequest } from './window-worker-protocol.ts';

/**
 * The Parquet window worker's entry, made by window-worker-client.ts when a Parquet dataset opens (one file or an index's):
 * it fetches row groups, decodes them (hyparquet) and checks their rows (the same reader as
 * JSON), off the page's main thread, and posts each group's events packed in columns.
 * Decoding and checking 80,000 rows on the main thread froze the page for about a second.
 */

/** What the worker uses of its global scope; a parameter, so that a test can stand in for it. */
export interface WindowWorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<WindowRequest>) => void): void;
  postMessage(message: WindowReply, transfer?: Transferable[]): void;
}

const BYTES_EVERY_MS = 100;

interface OpenFile {
  readonly file: RangeFile;
  readonly footer: ParquetFooter;
}

export function serveWindows(scope: WindowWorkerScope): void {
  // The files as the page opened them; each one's footer is decoded here on its first read
  // (an index may list 64 files, and a window reads one or two of them).
  let files: Extract<WindowRequest, { type: 'open' }>['files'] = [];
  const opened = new Map<number, Promise<OpenFile>>();
  const reads = new Map<number, AbortController>();

  function openFile(at: number): Promise<OpenFile> | undefined {
    let open = opened.get(at);
    const given = files[at];
    if (!open && given) {
      const file = rangeFileOf(given);
      open = readParquetFooter(file, given.head.byteLength).then((footer) => ({ file, footer }));
      opened.set(at, open);
    }
    return open;
  }

  async function read(id: number, at: number, group: number) {
    const controller = new AbortController();
    reads.set(id, controller);
    const { signal } = controller;
    try {
      const open = openFile(at);
      if (!open) throw new Error('no such file is open');
      const { file, footer } = await open;
      // Bytes told at most every BYTES_EVERY_MS: each message is a task on the page, and a
      // download arrives in some forty pieces a group.
      let unsaid = 0;
      let said = 0;
      const tell = () => {
        if (unsaid > 0) scope.postMessage({ type: 'bytes', read: id, bytes: unsaid });
        unsaid = 0;
        said = performance.now();
      };
      const slices = file.withSignal(signal, (bytes) => {
        unsaid += bytes;
        if (performance.now() - said >= BYTES_EVERY_MS) tell();
      });
      const loaded = await readGroupEvents(slices, footer, [footer.spans[group]!], signal);
      signal.throwIfAborted();
      tell();
      const { packed, transfer } = packEvents(loaded.dataset.events);
      scope.postMessage({ type: 'events', read: id, events: packed }, transfer);
    } catch (error) {
      if (!signal.aborted) scope.postMessage({ type: 'failed', read: id, message: error instanceof Error ? error.message : String(error) });
    } finally {
      reads.delete(id);
    }
  }

  scope.addEventListener('message', ({ data }) => {
    if (data.type === 'open') {
      files = data.files;
      opened.clear();
    } else if (data.type === 'read') void read(data.read, data.file, data.group);
    else reads.get(data.read)?.abort();
  });
}

// Only when run as a worker: the unit test imports this module for serveWindows.
const scope = globalThis as unknown as { WorkerGlobalScope?: abstract new () => unknown };
if (typeof scope.WorkerGlobalScope === 'function' && globalThis instanceof scope.WorkerGlobalScope) {
  serveWindows(globalThis as unknown as WindowWorkerScope);
}
