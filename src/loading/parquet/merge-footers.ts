import { DatasetProblem } from '../../data/load-status.ts';
import { mergeSummaries, type ParquetSummary } from '../../data/parquet-summary.ts';
import { readFailure } from '../../data/read-failure.ts';
import type { ParquetFooter } from './parquet-events.ts';
import type { RangeFile } from './range-file.ts';
import type { RowGroupSpan } from './range-plan.ts';

/**
 * A Parquet dataset as the window loader sees it, in one file or in several (an index,
 * data/parquet-index.ts): the files with their footers, one header, one overview, and every
 * file's row groups one after the other, each span naming its file, so that a window's groups
 * may come from several files and (file, row group) is the unit read, cached and cancelled.
 *
 * Several files are one dataset only if they agree on the categories (the same ids, in any
 * order): the overview's counts are by category, and a filter on a category must mean the same
 * in every file. Files that do not agree are refused, saying which, rather than shown with some
 * of their events counted under no category. The rest of the header (title, series, changes,
 * languages) is the first listed file's: `convert --split-by` writes the same into each.
 */
export interface ParquetPart {
  readonly file: RangeFile;
  readonly footer: ParquetFooter;
}

export interface ParquetDataset {
  /** In time order (by their earliest event); a span's `file` is its position here. */
  readonly parts: readonly ParquetPart[];
  readonly header: Record<string, unknown>;
  readonly summary: ParquetSummary;
  readonly spans: readonly RowGroupSpan[];
}

export function oneFile(file: RangeFile, footer: ParquetFooter): ParquetDataset {
  return { parts: [{ file, footer }], header: footer.header, summary: footer.summary, spans: footer.spans };
}

function categoryIds(header: Record<string, unknown>): string[] {
  const categories = Array.isArray(header.categories) ? (header.categories as unknown[]) : [];
  return categories.map((category) => String((category as { id?: unknown } | null)?.id));
}

const listed = (ids: readonly string[]) => (ids.length === 0 ? 'none' : ids.length > 8 ? `${ids.slice(0, 8).join(', ')} and ${ids.length - 8} more` : ids.join(', '));

/**
 * Throws a DatasetProblem naming the first file whose categories are not the first file's
 * (also `npm run validate`'s check of an index).
 */
export function checkCategories(files: readonly { readonly url: string; readonly header: Record<string, unknown> }[]): void {
  const first = categoryIds(files[0]!.header);
  const wanted = new Set(first);
  for (const { url, header } of files.slice(1)) {
    const ids = categoryIds(header);
    if (ids.length === wanted.size && ids.every((id) => wanted.has(id))) continue;
    const detail = `${url} has ${listed(ids)}; ${files[0]!.url} has ${listed(first)}`;
    throw new DatasetProblem(readFailure('read.parquetIndexCategories', undefined, detail), 'format');
  }
}

/** The files of an index, in the index's order, as one dataset. */
export function mergeFooters(listedParts: readonly ParquetPart[]): ParquetDataset {
  checkCategories(listedParts.map(({ file, footer }) => ({ url: file.url, header: footer.header })));
  // Stable: files with no events, or starting together, keep the index's order.
  const parts = [...listedParts].sort((a, b) => extentFrom(a) - extentFrom(b));
  return {
    parts,
    header: listedParts[0]!.footer.header,
    summary: mergeSummaries(parts.map((part) => part.footer.summary)),
    spans: parts.flatMap((part, file) => part.footer.spans.map((span) => ({ ...span, file }))),
  };
}

const extentFrom = (part: ParquetPart) => (part.footer.summary.total > 0 ? part.footer.summary.extent.from : Infinity);
