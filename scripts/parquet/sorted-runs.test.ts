import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParquetValue } from '../../src/data/parquet-layout.ts';
import { seededRandom } from '../../src/testing/seeded-random.ts';
import { createSortedRuns, type SortedRuns } from './sorted-runs.ts';
import { withTemporaryDirectory } from './temporary-directory.ts';

// The rows of `convert --to parquet` are sorted in runs spilled to disk and merged: the order
// must be that of one stable sort of all of them by start, then stop (what the converter did
// in memory), for any run length, and a row must come back as it went in.

const byTime = (a: readonly ParquetValue[], b: readonly ParquetValue[]) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number);

async function all(runs: SortedRuns): Promise<ParquetValue[][]> {
  const rows: ParquetValue[][] = [];
  for await (const batch of runs.sorted()) rows.push(...batch);
  return rows;
}

/** Rows with few distinct times, so most have ties, each tagged with its place in the input. */
function tiedRows(count: number): ParquetValue[][] {
  const random = seededRandom(7);
  return Array.from({ length: count }, (_, i) => {
    const start = Math.floor(random() * 5) * 86_400_000;
    return [start, start + Math.floor(random() * 2) * 60_000, `row-${i}`, random() < 0.5, null];
  });
}

describe('rows sorted in spilled runs', () => {
  it.each([1, 2, 3, 7, 64, 1_000])('runs of %i rows give one stable sort of all the rows, ties in the order they came', async (runRows) => {
    const rows = tiedRows(500);
    await withTemporaryDirectory(async (dir) => {
      const runs = createSortedRuns({ dir, runRows });
      for (const row of rows) runs.add(row);
      expect(runs.count).toBe(500);
      // Every full run is on disk: 500 rows in runs of 7 are 71 files and 3 rows in memory.
      const files = readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.jsonl'));
      expect(files.length).toBe(Math.floor(500 / runRows));
      expect(await all(runs)).toEqual([...rows].sort(byTime));
    });
  });

  it('gives back every value as it went in: -0, large and fractional times, any character, null and booleans', async () => {
    const rows: ParquetValue[][] = [
      [-0, 0, 'minus zero', null],
      [0, -0, 'minus zero stop', true],
      [1.5e15 + 0.25, 1.5e15 + 0.5, 'line\nbreak\r\u2028\u2029 "quoted" \\ \u0000', false],
      [-8.64e15, 8.64e15, '\ud83d\ude00 emoji, lone \ud800 surrogate, عربي', null],
      [1_700_000_000_000, 1_700_000_000_001, '', null],
    ];
    await withTemporaryDirectory(async (dir) => {
      const runs = createSortedRuns({ dir, runRows: 2 });
      for (const row of rows) runs.add(row);
      const sorted = await all(runs);
      expect(sorted).toEqual([...rows].sort(byTime));
      // toEqual takes -0 for 0: the signs, one by one.
      const signs = (row: readonly ParquetValue[]) => [row[2], Object.is(row[0], -0), Object.is(row[1], -0)];
      expect(sorted.map(signs)).toEqual([...rows].sort(byTime).map(signs));
      expect(sorted.map(signs).filter(([, start, stop]) => start || stop)).toEqual([
        ['minus zero', true, false],
        ['minus zero stop', false, true],
      ]);
    });
  });
});
