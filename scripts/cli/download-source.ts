import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import { isHtmlType } from '../../src/loading/parse-dataset-text.ts';

/**
 * A source at an http(s) address saved to a temporary file as it downloads, so that `convert
 * --to parquet` streams it as it streams a local file (the app's own fetch, fetch-text.ts,
 * holds the whole body and stops at 200 MB: a tab's limit, not a laptop's). A Google Sheets
 * link is fetched as its tab's CSV, as the app does. Only a plain success is saved: for
 * anything else (no answer, an error status, a web page) this gives undefined, and the caller
 * reads the address as the app does, for the app's own message. Saved into `dir`, the
 * command's temporary directory (scripts/parquet/temporary-directory.ts), which goes even
 * when the command is stopped half way through a download.
 */
export interface Download {
  readonly path: string;
  remove(): Promise<void>;
}

export async function downloadSource(url: string, dir: string): Promise<Download | undefined> {
  const sheets = /^https?:\/\/docs\.google\.com\/spreadsheets\//i.test(url) ? await import('../../src/data/google-sheets-url.ts') : undefined;
  const response = await fetch(sheets?.googleSheetsCsvUrl(url) ?? url).catch(() => undefined);
  if (!response?.ok || !response.body || isHtmlType(response.headers.get('content-type'))) {
    await response?.body?.cancel();
    return undefined;
  }
  const path = join(dir, 'source');
  const download = { path, remove: () => rm(path, { force: true }) };
  try {
    await pipeline(Readable.fromWeb(response.body as ReadableStream<Uint8Array>), createWriteStream(download.path));
    return download;
  } catch {
    await download.remove();
    return undefined;
  }
}
