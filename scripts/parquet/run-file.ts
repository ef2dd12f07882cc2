import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import type { ParquetValue } from '../../src/data/parquet-layout.ts';

/**
 * A sorted run as a file (sorted-runs.ts spills them): one row a line, the row as JSON. JSON
 * gives every value back as it was: the time axis's doubles (the shortest text that reads back
 * the same number), strings with any character (a newline is written `\n`, so a line break only
 * ever ends a row; a lone surrogate as `\udxxx`), booleans and nulls. Only -0 needs a hand: JSON
 * writes it `0`, and Parquet would then store another bit pattern; it reads `-0` back as -0.
 * Read back a piece at a time (READ_BYTES), so a merge of a hundred runs holds a hundred pieces of 256 kB.
 */

const READ_BYTES = 1 << 18;
const NEWLINE = 0x0a;

const numberText = (value: ParquetValue) => (Object.is(value, -0) ? '-0' : JSON.stringify(value));

/** One row as a line of text (without the line break). */
export function encodeRow(row: readonly ParquetValue[]): string {
  if (!Object.is(row[0], -0) && !Object.is(row[1], -0)) return JSON.stringify(row);
  return `[${numberText(row[0]!)},${numberText(row[1]!)}${row.length > 2 ? `,${JSON.stringify(row.slice(2)).slice(1)}` : ']'}`;
}

export const decodeRow = (line: string) => JSON.parse(line) as ParquetValue[];

/** Writes the lines to a new file, a thousand at a time (no one string of the whole run). */
export function writeRunFile(path: string, lines: readonly string[], order: readonly number[]): void {
  const fd = openSync(path, 'w');
  try {
    for (let i = 0; i < order.length; i += 1000) {
      writeSync(fd, `${order.slice(i, i + 1000).map((at) => lines[at]).join('\n')}\n`);
    }
  } finally {
    closeSync(fd);
  }
}

/** A run read in order: `rows[at]` is the next row; `refill` reads the next piece once they are used up. */
export interface RunCursor {
  rows: ParquetValue[][];
  at: number;
  /** False when the run is used up. */
  refill(): Promise<boolean>;
  /** Lets the file go, also before its end (the merge stopped: a write failed). */
  close(): Promise<void>;
}

/** A run still in memory (the last one, never spilled), decoded a piece at a time too. */
export function memoryCursor(lines: readonly string[], order: readonly number[]): RunCursor {
  let next = 0;
  const cursor: RunCursor = {
    rows: [],
    at: 0,
    async refill() {
      cursor.rows = order.slice(next, (next += 2000)).map((at) => decodeRow(lines[at]!));
      cursor.at = 0;
      return cursor.rows.length > 0;
    },
    close: async () => {},
  };
  return cursor;
}

export function fileCursor(path: string): RunCursor {
  const pieces = createReadStream(path, { highWaterMark: READ_BYTES })[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let rest: Buffer = Buffer.alloc(0);
  const cursor: RunCursor = {
    rows: [],
    at: 0,
    async refill() {
      cursor.at = 0;
      for (;;) {
        const piece = await pieces.next();
        // Every line ends with a line break, so nothing is left when the file ends.
        if (piece.done) return (cursor.rows = []).length > 0;
        const bytes = rest.length > 0 ? Buffer.concat([rest, piece.value]) : piece.value;
        const end = bytes.lastIndexOf(NEWLINE);
        rest = end < 0 ? bytes : bytes.subarray(end + 1);
        if (end < 0) continue;
        // A line break is one byte in UTF-8 and never inside a character: the text splits there.
        cursor.rows = bytes.toString('utf8', 0, end).split('\n').map(decodeRow);
        return true;
      }
    },
    async close() {
      await pieces.return?.();
    },
  };
  return cursor;
}
