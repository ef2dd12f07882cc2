import { unpackEvents } from '../../data/packed-events.ts';
import type { TimelineEvent } from '../../data/timeline-event.ts';
import type { OpenedFile } from './range-file.ts';
import type { ReadGroup } from './read-group.ts';
import type { WindowReply, WindowRequest } from './window-worker-protocol.ts';

/**
 * The page side of the Parquet window workers (window-worker.ts): row groups are read there, so
 * the page only unpacks their columns. The first worker starts when the file opens; the others,
 * up to one per core (a week of a dense file is four groups), once the page is idle after its
 * first draw (or sooner, when groups wait for a free worker), so that all have started and read
 * the footer by the time the reader zooms in, without holding up the first draw. Each group goes
 * to the least busy worker. Where no worker starts (no Worker, a policy that forbids it, its
 * script missing), every read is `inPlace`, on this thread, as before the workers.
 */

interface Slot {
  readonly worker: Worker;
  broken: boolean;
  /** Groups asked of it and not yet answered. */
  reads: number;
}

interface Pending {
  readonly slot: Slot;
  readonly onBytes: (bytes: number) => void;
  readonly settle: (events: readonly TimelineEvent[] | undefined, error?: unknown) => void;
  /** The same read again, elsewhere, when its worker turns out not to run. */
  readonly retry: () => void;
}

/** The most workers: one per core, and no more than a window's groups usually are. */
export function workerLimit(cores = globalThis.navigator?.hardwareConcurrency): number {
  return Math.max(1, Math.min(4, cores || 2));
}

/**
 * The worker to ask: an idle one, else a new one while there is room (a worker that failed still
 * counts, so a page that forbids workers does not start one per read), else the least busy;
 * undefined when none runs.
 */
export function pickSlot<S extends { readonly broken: boolean; readonly reads: number }>(slots: readonly S[], limit: number, start: () => S | undefined): S | undefined {
  const running = slots.filter((slot) => !slot.broken);
  const idle = running.reduce<S | undefined>((best, slot) => (!best || slot.reads < best.reads ? slot : best), undefined);
  if (idle?.reads === 0 || slots.length >= limit) return idle;
  return start() ?? idle;
}

/** After the first draw: when the page is next idle (within a few seconds), or soon where the browser cannot say. */
function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 1000);
}

function startWorker(): Worker | undefined {
  try {
    return new Worker(new URL('./window-worker.ts', import.meta.url), { type: 'module', name: 'parquet-windows' });
  } catch {
    return undefined;
  }
}

// The workers end when the page no longer holds the dataset that reads through them.
const stopWhenDropped = typeof FinalizationRegistry === 'function' ? new FinalizationRegistry<readonly Slot[]>((slots) => slots.forEach((slot) => slot.worker.terminate())) : undefined;

interface Pool {
  readonly slots: readonly Slot[];
  readonly pending: Map<number, Pending>;
  /** The worker for the next read (pickSlot); undefined when none runs. */
  readonly pick: () => Slot | undefined;
}

/**
 * The workers and their reads under way. Apart from readGroupInWorkers so that what the workers'
 * listeners hold never includes the ReadGroup the page holds: that one must be collectable,
 * for the workers to end with it.
 */
function workerPool(files: readonly OpenedFile[], limit: number): Pool | undefined {
  const slots: Slot[] = [];
  const pending = new Map<number, Pending>();

  const onReply = ({ data: reply }: MessageEvent<WindowReply>) => {
    const read = pending.get(reply.read);
    if (!read) return;
    if (reply.type === 'bytes') read.onBytes(reply.bytes);
    else if (reply.type === 'failed') read.settle(undefined, new Error(reply.message));
    else read.settle(unpackEvents(reply.events));
  };

  function start(): Slot | undefined {
    const worker = startWorker();
    if (!worker) return undefined;
    const slot: Slot = { worker, broken: false, reads: 0 };
    // The script did not load or run: its reads go elsewhere, and it gets no more.
    const fail = (event: Event) => {
      event.preventDefault();
      slot.broken = true;
      worker.terminate();
      for (const read of [...pending.values()]) if (read.slot === slot) read.retry();
    };
    worker.addEventListener('message', onReply);
    worker.addEventListener('error', fail);
    worker.addEventListener('messageerror', fail);
    worker.postMessage({ type: 'open', files } satisfies WindowRequest);
    slots.push(slot);
    return slot;
  }

  if (!start()) return undefined;
  whenIdle(() => {
    while (slots.length < limit && start());
  });
  return { slots, pending, pick: () => pickSlot(slots, limit, start) };
}

/** `files`: what opening each of the dataset's files gave, in the order a group's `file` counts. */
export function readGroupInWorkers(files: readonly OpenedFile[], inPlace: ReadGroup, limit = workerLimit()): ReadGroup {
  const pool = typeof Worker === 'function' ? workerPool(files, limit) : undefined;
  if (!pool) return inPlace;
  const { pending } = pool;
  let next = 0;

  const readGroup: ReadGroup = (group, signal, onBytes) => {
    if (signal.aborted) return Promise.reject(signal.reason);
    const slot = pool.pick();
    if (!slot) return inPlace(group, signal, onBytes);
    const id = next++;
    const post = (request: WindowRequest) => slot.worker.postMessage(request);
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        settle(undefined, signal.reason);
        post({ type: 'cancel', read: id });
      };
      const release = () => {
        if (!pending.delete(id)) return false;
        slot.reads--;
        signal.removeEventListener('abort', onAbort);
        return true;
      };
      const settle = (events: readonly TimelineEvent[] | undefined, error?: unknown) => {
        if (!release()) return;
        if (events) resolve(events);
        else reject(error);
      };
      const retry = () => {
        if (release()) readGroup(group, signal, onBytes).then(resolve, reject);
      };
      pending.set(id, { slot, onBytes, settle, retry });
      slot.reads++;
      signal.addEventListener('abort', onAbort, { once: true });
      post({ type: 'read', read: id, file: group.file, group: group.index });
    });
  };
  stopWhenDropped?.register(readGroup, pool.slots);
  return readGroup;
}
