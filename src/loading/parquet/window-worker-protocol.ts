import type { PackedEvents } from '../../data/packed-events.ts';
import type { OpenedFile } from './range-file.ts';

/**
 * What the page and a Parquet window worker (window-worker.ts) say to each other. The page
 * opens the files (one, or an index's; their footers are the first draw) and hands each worker
 * what their first answers gave; then it asks for row groups by file and index, and the worker fetches, decodes and checks each
 * and answers with its events packed in columns (data/packed-events.ts), whose buffers are
 * moved rather than copied.
 */
export type WindowRequest =
  /** The dataset's files, in the order a read's `file` counts. */
  | { readonly type: 'open'; readonly files: readonly OpenedFile[] }
  /** `read` numbers the request, for its answers and its cancelling. */
  | { readonly type: 'read'; readonly read: number; readonly file: number; readonly group: number }
  | { readonly type: 'cancel'; readonly read: number };

export type WindowReply =
  /** Bytes of that group just received (the page counts what was fetched). */
  | { readonly type: 'bytes'; readonly read: number; readonly bytes: number }
  /** The group's events, checked, in time order. */
  | { readonly type: 'events'; readonly read: number; readonly events: PackedEvents }
  | { readonly type: 'failed'; readonly read: number; readonly message: string };
