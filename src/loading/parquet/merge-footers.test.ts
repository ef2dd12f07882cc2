import { describe, expect, it } from 'vitest';
import { LoadFailureError } from '../../data/load-failure.ts';
import type { ParquetSummary } from '../../data/parquet-summary.ts';
import { mergeFooters, type ParquetPart } from './merge-footers.ts';
import type { ParquetFooter } from './parquet-events.ts';
import type { RangeFile } from './range-file.ts';
import type { RowGroupSpan } from './range-plan.ts';

const DAY = 86_400_000;

/** A file whose footer says what the test needs: its categories, day counts, and one group per day. */
function part(url: string, categories: readonly string[], days: readonly (readonly number[])[], title = url): ParquetPart {
  const total = days.reduce((sum, [, ...counts]) => sum + counts.reduce((a, b) => a + b, 0), 0);
  const summary: ParquetSummary = { total, extent: { from: days[0]![0]! * DAY, to: (days.at(-1)![0]! + 1) * DAY }, categories, days };
  const spans: RowGroupSpan[] = days.map(([day], index) => ({ file: 0, index, rowStart: index, rows: 1, from: day! * DAY, to: (day! + 1) * DAY, bytes: 10 }));
  const header = { version: 1, title, categories: categories.map((id) => ({ id, label: id })) };
  return { file: { url } as RangeFile, footer: { header, summary, spans } as unknown as ParquetFooter };
}

describe('mergeFooters (an index of files as one dataset)', () => {
  it('orders the files by time, adds their day counts by category id, and numbers every span by its file', () => {
    // Listed out of order, with the categories in another order in the second file.
    const later = part('2024.parquet', ['strike', 'shelling'], [[400, 1, 2], [401, 0, 5]]);
    const earlier = part('2023.parquet', ['shelling', 'strike'], [[10, 3, 0], [400, 1, 1]]);
    const merged = mergeFooters([later, earlier]);
    expect(merged.parts.map((p) => p.file.url)).toEqual(['2023.parquet', '2024.parquet']);
    // The header is the first listed file's.
    expect(merged.header.title).toBe('2024.parquet');
    expect(merged.summary).toEqual({
      total: 13,
      extent: { from: 10 * DAY, to: 402 * DAY },
      categories: ['shelling', 'strike'],
      // Day 400 is in both files: counted from both, each count under its own category.
      days: [[10, 3, 0], [400, 3, 2], [401, 5, 0]],
    });
    expect(merged.spans.map((span) => [span.file, span.index, span.from / DAY])).toEqual([[0, 0, 10], [0, 1, 400], [1, 0, 400], [1, 1, 401]]);
  });

  it('refuses files whose categories are not the same, naming them', () => {
    const first = part('https://example.org/2023.parquet', ['strike', 'shelling'], [[1, 1, 0]]);
    const other = part('https://example.org/2024.parquet', ['strike', 'protest'], [[400, 1, 0]]);
    let caught: unknown;
    try {
      mergeFooters([first, other]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LoadFailureError);
    expect((caught as LoadFailureError).failure.key).toBe('read.parquetIndexCategories');
    expect((caught as LoadFailureError).message).toBe(
      'The files of this index do not have the same categories (https://example.org/2024.parquet has strike, protest; https://example.org/2023.parquet has strike, shelling): ' +
        'convert them from one source with --split-by=year, or give each file the same categories.',
    );
  });
});
