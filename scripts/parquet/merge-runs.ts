import type { ParquetValue } from '../../src/data/parquet-layout.ts';
import type { RunCursor } from './run-file.ts';

/**
 * The k-way merge of sorted runs (sorted-runs.ts) into one stream in time order, through a
 * binary heap of the runs keyed on their next row. The order is that of one stable sort of all
 * the rows by start, then stop: within a run the rows already are (each run is sorted stably),
 * and between runs a tie goes to the earlier run, whose rows came first. So the file written is
 * the one a sort of every row in memory gives, byte for byte.
 */

/** Rows per batch handed on: the writer gathers them into row groups of its own size. */
const BATCH_ROWS = 5_000;

const rowOf = (cursor: RunCursor) => cursor.rows[cursor.at]!;

export async function* mergeRuns(cursors: readonly RunCursor[]): AsyncGenerator<ParquetValue[][]> {
  // Runs by their number (their place in `cursors`); only runs with a row left are in the heap.
  const heap: number[] = [];
  const before = (a: number, b: number) => {
    const rowA = rowOf(cursors[a]!);
    const rowB = rowOf(cursors[b]!);
    return (rowA[0] as number) - (rowB[0] as number) || (rowA[1] as number) - (rowB[1] as number) || a - b;
  };
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  function down(i: number) {
    for (;;) {
      let least = i;
      const left = 2 * i + 1;
      if (left < heap.length && before(heap[left]!, heap[least]!) < 0) least = left;
      if (left + 1 < heap.length && before(heap[left + 1]!, heap[least]!) < 0) least = left + 1;
      if (least === i) return;
      swap(i, least);
      i = least;
    }
  }
  try {
    for (const [run, cursor] of cursors.entries()) if (await cursor.refill()) heap.push(run);
    for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);

    let batch: ParquetValue[][] = [];
    while (heap.length > 0) {
      const cursor = cursors[heap[0]!]!;
      batch.push(rowOf(cursor));
      if (++cursor.at === cursor.rows.length && !(await cursor.refill())) {
        heap[0] = heap.at(-1)!;
        heap.pop();
      }
      down(0);
      if (batch.length === BATCH_ROWS) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  } finally {
    // Also when the reader stops early (a write failed): no file stays open.
    await Promise.all(cursors.map((cursor) => cursor.close()));
  }
}
