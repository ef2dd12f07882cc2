import { DatasetProblem } from './load-status.ts';
import { isParquetIndexJson, PARQUET_INDEX_FORMAT } from './parquet-magic.ts';
import { readFailure } from './read-failure.ts';
import { safeHttpUrl } from './safe-url.ts';

/**
 * A Parquet dataset in several files (split by time, one a year …), listed by a small JSON
 * index, so that no one file's footer limits the dataset:
 *
 *   { "format": "conflict-timeline/parquet-index", "version": 1,
 *     "files": [{ "url": "events-2023.parquet", "from": "2023-01-01", "to": "2023-12-31", "events": 81234, "footerBytes": 40213 }, …] }
 *
 * Written by `npm run convert -- <in> --to parquet <out.parquet> --split-by=year`, read by the page
 * (loading/parquet/open-parquet.ts) and by `npm run validate`. `url` is resolved against the
 * index's own address; `from`, `to` and `events` say what the file holds, for people and for
 * `validate` (the page reads them from the files' footers). `footerBytes`, how many of the file's
 * last bytes hold its footer, lets the page ask for just those (else 256 kB, most of it rows
 * when footers are small); a wrong one costs a request more, never a wrong read. Checked here, strictly, before any
 * file is asked for: an entry whose address is not http(s) once resolved is refused.
 */
/** Each file's footer is fetched before the first draw, all at once: more would hold it up. */
export const MAX_INDEX_FILES = 64;

/** The most a footer hint may ask for: far beyond any footer of ours (0.5 MB at ten million events). */
const MAX_FOOTER_BYTES = 64 * 1024 * 1024;

export interface ParquetIndexFile {
  /** Absolute. */
  readonly url: string;
  readonly from?: string;
  readonly to?: string;
  readonly events?: number;
  readonly footerBytes?: number;
}

export interface ParquetIndex {
  readonly files: readonly ParquetIndexFile[];
}

const problem = (...failure: Parameters<typeof readFailure>) => new DatasetProblem(readFailure(...failure), 'format');

/**
 * An entry's address, absolute: http(s), or a file beside an index read from disk (`file:`,
 * only the command line has such a base; the page's indexes are http(s)). Undefined when refused.
 */
function resolve(url: string, base: string): string | undefined {
  if (base.startsWith('file:')) {
    try {
      const resolved = new URL(url, base);
      if (resolved.protocol === 'file:') return resolved.href;
    } catch {
      return undefined;
    }
  }
  return safeHttpUrl(url, base) ?? undefined;
}

const isDate = (value: unknown) => typeof value === 'string' && value.length <= 40;

function readEntry(entry: unknown, at: number, base: string, seen: Set<string>): ParquetIndexFile {
  const bad = (detail: string) => problem('read.parquetIndexEntry', { entry: at + 1 }, detail);
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) throw bad('it is not an object with a "url"');
  const { url, from, to, events, footerBytes } = entry as Record<string, unknown>;
  if (typeof url !== 'string' || url.trim() === '') throw bad('it has no "url" (the file\'s address, relative to the index)');
  const resolved = resolve(url, base);
  if (!resolved) throw problem('read.parquetIndexUrl', { entry: at + 1, url: url.slice(0, 200) });
  if (seen.has(resolved)) throw bad(`it names ${resolved} again`);
  seen.add(resolved);
  if (events !== undefined && !(Number.isSafeInteger(events) && (events as number) >= 0)) throw bad('its "events" is not a count');
  if (footerBytes !== undefined && !(Number.isSafeInteger(footerBytes) && (footerBytes as number) >= 8 && (footerBytes as number) <= MAX_FOOTER_BYTES)) {
    throw bad('its "footerBytes" is not a size of 8 bytes to 64 MB');
  }
  if ((from !== undefined && !isDate(from)) || (to !== undefined && !isDate(to))) throw bad('its "from" or "to" is not a date');
  return {
    url: resolved,
    ...(from !== undefined && { from: from as string }),
    ...(to !== undefined && { to: to as string }),
    ...(events !== undefined && { events: events as number }),
    ...(footerBytes !== undefined && { footerBytes: footerBytes as number }),
  };
}

/** The index's files, their addresses resolved against `base` (the index's own address); throws a DatasetProblem saying what is wrong. */
export function readParquetIndex(json: unknown, base: string): ParquetIndex {
  if (!isParquetIndexJson(json)) throw problem('read.parquetIndexFormat', { format: PARQUET_INDEX_FORMAT });
  const { version, files } = json as Record<string, unknown>;
  if (version !== 1) throw problem('read.parquetIndexVersion', { version: String(version).slice(0, 20) });
  if (!Array.isArray(files) || files.length === 0) throw problem('read.parquetIndexNoFiles');
  if (files.length > MAX_INDEX_FILES) throw problem('read.parquetIndexTooMany', { count: files.length, limit: MAX_INDEX_FILES });
  const seen = new Set<string>();
  return { files: files.map((entry, at) => readEntry(entry, at, base, seen)) };
}

/** The index `convert --split-by` writes, its addresses relative (the files sit beside it). */
export function parquetIndexJson(files: readonly (ParquetIndexFile & { readonly url: string })[]): string {
  return `${JSON.stringify({ format: PARQUET_INDEX_FORMAT, version: 1, files }, null, 2)}\n`;
}
