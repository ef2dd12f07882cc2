import type { AsyncBuffer } from 'hyparquet';
import { fetchFailure } from '../../data/fetch-failure.ts';
import { DatasetLoadError, httpFailure } from '../../data/fetch-text.ts';
import { joinChunks } from '../../data/body-bytes.ts';

/**
 * A Parquet file on a web server, read by HTTP range requests (hyparquet's AsyncBuffer). The
 * first request asks for the file's last TAIL_BYTES (`Range: bytes=-N`): one round trip gives
 * the size (Content-Range) and, usually, the whole footer. A host that ignores Range answers 200
 * with the whole file: then it is read once, with progress, and every slice is served from
 * memory (`ranged` false, so the page can say this is the slower way).
 */
export interface RangeFile extends AsyncBuffer {
  readonly url: string;
  readonly ranged: boolean;
  /** What the first answer gave, to read the same file elsewhere (the window worker) without asking again. */
  readonly opened: OpenedFile;
  /** Bytes received so far, all requests together. */
  readonly received: () => number;
  /** The same file, its requests cancelled by `signal` and their bytes reported to `onBytes`. */
  readonly withSignal: (signal: AbortSignal | undefined, onBytes?: (bytes: number) => void) => AsyncBuffer;
}

export const TAIL_BYTES = 256 * 1024;

/** The file as the first answer found it: its size, whether the host honours Range, and the bytes from `headStart` (its tail, or all of it). */
export interface OpenedFile {
  readonly url: string;
  readonly byteLength: number;
  readonly ranged: boolean;
  readonly head: ArrayBuffer;
  readonly headStart: number;
}

/** Reads a body to its end, reporting each piece's size. */
async function readBody(response: Response, onBytes: (bytes: number) => void): Promise<ArrayBuffer> {
  if (!response.body) return response.arrayBuffer();
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.byteLength;
    onBytes(value.byteLength);
  }
  const whole = joinChunks(chunks, length);
  return whole.byteOffset === 0 && whole.byteLength === whole.buffer.byteLength ? (whole.buffer as ArrayBuffer) : whole.slice().buffer;
}

function contentRange(response: Response): { start: number; size: number } | undefined {
  const match = /^bytes (\d+)-\d+\/(\d+)$/.exec(response.headers.get('Content-Range') ?? '');
  return match ? { start: Number(match[1]), size: Number(match[2]) } : undefined;
}

async function request(url: string, range: string, signal: AbortSignal | undefined): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Range: range }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetLoadError(url, fetchFailure('fetch.serverUnreachable'), false, 'network');
  }
  if (!response.ok) throw new DatasetLoadError(url, httpFailure(response), response.status < 500, 'http');
  return response;
}

/**
 * Opens the file: its size and last bytes (`tailBytes` of them: an index may say how long a
 * file's footer is). `onBytes` hears the bytes of this first answer as
 * they arrive (all of the file when the host ignores Range).
 */
export async function openRangeFile(url: string, signal?: AbortSignal, onBytes?: (loaded: number, total?: number) => void, tailBytes = TAIL_BYTES): Promise<RangeFile> {
  let received = 0;
  const first = await request(url, `bytes=-${tailBytes}`, signal);
  const range = first.status === 206 ? contentRange(first) : undefined;
  if (first.status === 206 && !range) {
    throw new DatasetLoadError(url, fetchFailure('fetch.noContentRange'), true, 'http');
  }
  const stated = Number(first.headers.get('Content-Length')) || undefined;
  const head = await readBody(first, (bytes) => {
    received += bytes;
    onBytes?.(received, range ? undefined : stated);
  });
  // The whole file (no Range), or its tail from `range.start`.
  return rangeFileOf({ url, byteLength: range ? range.size : head.byteLength, ranged: range !== undefined, head, headStart: range ? range.start : 0 }, signal, received);
}

/**
 * The same file with its first answer grown to start at `start` (one request for the bytes
 * before it): for a Parquet footer longer than TAIL_BYTES, so that what a worker is handed
 * holds all of it.
 */
export async function withHeadFrom(file: RangeFile, start: number, signal?: AbortSignal): Promise<RangeFile> {
  const { head, headStart } = file.opened;
  if (start >= headStart) return file;
  const before = new Uint8Array(await file.slice(start, headStart));
  const grown = new Uint8Array(before.byteLength + head.byteLength);
  grown.set(before);
  grown.set(new Uint8Array(head), before.byteLength);
  return rangeFileOf({ ...file.opened, head: grown.buffer, headStart: start }, signal, file.received());
}

/** The file read from what its first answer gave; `received` counts on from `alreadyReceived`. */
export function rangeFileOf(opened: OpenedFile, signal?: AbortSignal, alreadyReceived = 0): RangeFile {
  const { url, byteLength, head, headStart } = opened;
  let received = alreadyReceived;
  const fromHead = (start: number, end: number) => (start >= headStart ? head.slice(start - headStart, end - headStart) : undefined);

  const sliceWith = (sliceSignal: AbortSignal | undefined, heard?: (bytes: number) => void) => async (start: number, end = byteLength): Promise<ArrayBuffer> => {
    const kept = fromHead(start, end);
    if (kept) return kept;
    const response = await request(url, `bytes=${start}-${end - 1}`, sliceSignal);
    const body = await readBody(response, (bytes) => {
      received += bytes;
      heard?.(bytes);
    });
    // A host that stops honouring Range mid-way: the whole file came, take the part asked for.
    return response.status === 206 ? body : body.slice(start, end);
  };
  return {
    url,
    byteLength,
    ranged: opened.ranged,
    opened,
    received: () => received,
    slice: sliceWith(signal),
    withSignal: (sliceSignal, heard) => ({ byteLength, slice: sliceWith(sliceSignal, heard) }),
  };
}
