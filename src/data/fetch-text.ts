import { anySignal } from './any-signal.ts';
import { isBinaryDataset, joinChunks } from './body-bytes.ts';
import { fetchFailure } from './fetch-failure.ts';
import { LoadFailureError, type LoadFailure } from './load-failure.ts';
import type { LoadErrorKind, LoadProgress } from './load-status.ts';

/**
 * Fetching a source and everything HTTP can tell about it (reachable, status, size, stalls),
 * apart from parsing, so that the parse worker can fetch for itself (see load-in-worker.ts)
 * and the command line can read URLs with the same messages.
 */

/** A whole source failed: what went wrong, in plain words (the failure; the message is its English). */
export class DatasetLoadError extends LoadFailureError {
  readonly url: string;
  /** Retrying cannot help (the data itself is wrong), so the query layer does not retry. */
  readonly permanent: boolean;
  /** What failed, for the hint shown with the message. */
  readonly kind: LoadErrorKind;
  constructor(url: string, failure: LoadFailure, permanent: boolean, kind: LoadErrorKind = 'other') {
    super(failure);
    this.name = 'DatasetLoadError';
    this.url = url;
    this.permanent = permanent;
    this.kind = kind;
  }
}

/** No answer (or no new bytes) for this long, and the load fails with a timeout. */
export const RESPONSE_TIMEOUT_MS = 60_000;
/** Bigger than this is refused rather than risk the tab running out of memory. */
export const MAX_DATASET_BYTES = 200_000_000;
/** Download progress is reported at most this often. */
const PROGRESS_INTERVAL_MS = 100;

/** "812 B", "35 kB", "12.4 MB": symbols, the same in every language the page speaks. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`;
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** No answer, or no new bytes, for RESPONSE_TIMEOUT_MS. */
export function timeoutError(url: string, during: 'answer' | 'body', received: number): DatasetLoadError {
  const seconds = Math.round(RESPONSE_TIMEOUT_MS / 1000);
  return during === 'answer'
    ? new DatasetLoadError(url, fetchFailure('fetch.noAnswer', { seconds }), false, 'timeout')
    : new DatasetLoadError(url, fetchFailure('fetch.stalled', { seconds, received: formatBytes(received) }), false, 'timeout');
}

/** "The server answered 404 Not Found." (the status text is the server's own, in English when it sends one). */
export function httpFailure(response: Response): LoadFailure {
  const status = String(response.status);
  return response.statusText ? fetchFailure('fetch.statusText', { status, statusText: response.statusText }) : fetchFailure('fetch.status', { status });
}

/**
 * Asked once the server has answered, with the size it states: a function to receive the text
 * piece by piece as it arrives (the whole text is still returned), or undefined for none.
 */
export type PieceReader = (total: number | undefined) => ((piece: string) => void) | undefined;

/** The body as text, with a timeout that restarts whenever a byte arrives. */
export interface FetchedText {
  readonly text: string;
  readonly contentType: string | null;
  /** Set, and the text left empty, when the body is a zip archive: an .xlsx workbook. */
  readonly bytes?: Uint8Array;
}

/**
 * Fetches a source and checks what HTTP can tell (reachable, status, size, stalls), reading the
 * body as a stream to report download progress when asked to. A Google Sheets link is fetched
 * as its tab's CSV (google-sheets-url.ts); when Google will not send it (a sign-in page, a 401
 * or 403, or a redirect the browser may not follow), the error says how to share the sheet.
 */
export async function fetchDatasetText(
  url: string,
  signal?: AbortSignal,
  onProgress?: (progress: LoadProgress) => void,
  readPieces?: PieceReader,
): Promise<FetchedText> {
  const timeout = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => timeout.abort(new DOMException('Timed out', 'TimeoutError')), RESPONSE_TIMEOUT_MS);
  };
  const combined = signal ? anySignal([signal, timeout.signal]) : timeout.signal;
  // Loaded only for a Google Sheets link: the page's first paint carries none of it.
  const sheets = /^https?:\/\/docs\.google\.com\/spreadsheets\//i.test(url) ? await import('./google-sheets-url.ts') : undefined;
  const sheetUrl = sheets?.googleSheetsCsvUrl(url);
  const notShared = () => new DatasetLoadError(url, sheets!.sheetNotShared(), true, 'other');
  let received = 0;
  const failure = (error: unknown, during: 'answer' | 'body'): unknown => {
    if (signal?.aborted) return error;
    if (timeout.signal.aborted) return timeoutError(url, during, received);
    if (error instanceof DatasetLoadError) return error;
    if (sheetUrl && during === 'answer' && !isOffline()) return notShared(); // the sign-in page sends no CORS header
    if (during === 'body') {
      return new DatasetLoadError(url, fetchFailure('fetch.connectionBroke', { received: formatBytes(received) }), false, 'network');
    }
    return isOffline()
      ? new DatasetLoadError(url, fetchFailure('fetch.offline'), false, 'offline')
      : new DatasetLoadError(url, fetchFailure('fetch.unreachable'), false, 'network');
  };

  arm();
  try {
    onProgress?.({ stage: 'connecting' });
    let response: Response;
    try {
      response = await fetch(sheetUrl ?? url, { signal: combined, credentials: 'omit' });
    } catch (error) {
      throw failure(error, 'answer');
    }
    const contentType = response.headers.get('content-type');
    if (sheetUrl && ((response.status === 401 || response.status === 403) || /text\/html/i.test(contentType ?? ''))) throw notShared();
    if (!response.ok) {
      // A 4xx will not change on retry, except 408 (timeout) and 429 (rate limit), which ask for one.
      const permanent = response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429;
      throw new DatasetLoadError(url, httpFailure(response), permanent, 'http');
    }
    const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
    const length = Number(response.headers.get('content-length'));
    const total = !encoded && Number.isFinite(length) && length > 0 ? length : undefined;
    if (total !== undefined && total > MAX_DATASET_BYTES) {
      throw new DatasetLoadError(url, fetchFailure('fetch.tooLarge', { size: formatBytes(total), limit: formatBytes(MAX_DATASET_BYTES) }), true, 'too-large');
    }
    arm();
    const onText = readPieces?.(total);
    let text: string | undefined;
    let bytes: Uint8Array | undefined;
    // With a reader for the pieces, the whole text is joined only if someone asks for it.
    let joinPieces: (() => string) | undefined;
    try {
      if (!response.body || (!onProgress && !onText)) {
        const body = new Uint8Array(await response.arrayBuffer());
        if (isBinaryDataset(body)) bytes = body;
        else {
          text = new TextDecoder().decode(body); // UTF-8, and it drops a byte-order mark
          onText?.(text);
        }
      } else {
        const reader = response.body.getReader();
        // Aborting fetch ends a real body, but not every body is tied to it: stop reading anyway.
        const stop = () => void reader.cancel().catch(() => {});
        combined.addEventListener('abort', stop, { once: true });
        // The bytes are kept and decoded once at the end, only when someone wants the whole
        // text: one pass instead of hundreds of small decodes and a join; and bytes live outside
        // the JavaScript heap, where the garbage collector need not keep moving 36 MB of text
        // while a reader of the pieces works through them.
        const chunks: Uint8Array[] = [];
        const decoder = onText && new TextDecoder(); // UTF-8, and it drops a byte-order mark
        let reported = 0;
        onProgress?.({ stage: 'downloading', loaded: 0, total });
        for (;;) {
          const { done, value } = await reader.read();
          if (combined.aborted) throw combined.reason;
          if (done) break;
          received += value.byteLength;
          if (received > MAX_DATASET_BYTES) {
            void reader.cancel();
            throw new DatasetLoadError(url, fetchFailure('fetch.overLimit', { limit: formatBytes(MAX_DATASET_BYTES) }), true, 'too-large');
          }
          chunks.push(value);
          if (decoder) onText!(decoder.decode(value, { stream: true }));
          arm();
          const now = Date.now();
          if (now - reported >= PROGRESS_INTERVAL_MS) {
            reported = now;
            onProgress?.({ stage: 'downloading', loaded: received, total: total && Math.max(total, received) });
          }
        }
        combined.removeEventListener('abort', stop);
        onProgress?.({ stage: 'downloading', loaded: received, total: received });
        const decodeAll = () => new TextDecoder().decode(joinChunks(chunks, received)); // UTF-8, and it drops a byte-order mark
        if (isBinaryDataset(chunks[0])) bytes = joinChunks(chunks, received);
        else if (decoder) {
          onText!(decoder.decode());
          joinPieces = decodeAll;
        } else text = decodeAll();
      }
    } catch (error) {
      throw failure(error, 'body');
    }
    return {
      get text() {
        return (text ??= joinPieces?.() ?? '');
      },
      contentType,
      ...(bytes && { bytes }),
    };
  } finally {
    clearTimeout(timer);
  }
}
