import { jsonMayHaveBidi } from './bidi-controls.ts';
import { createEventListSplitter } from './event-list-splitter.ts';
import { readDataset, type DatasetReader } from './parse-dataset.ts';
import type { LoadedDataset } from './timeline-event.ts';

/**
 * Reads a dataset in our format while it downloads: each record of the events list is parsed
 * and checked as soon as it has arrived (event-list-splitter.ts), so by the time the last byte
 * is here most of the work is done. The result is what parseDataset gives for the whole text:
 * the same reader (parse-dataset.ts) checks the same records in the same order.
 *
 * Only files that say `"version"` (ours) are read this way. Anything else, or anything
 * unexpected (invalid JSON, a record that does not parse, a header that does not check), makes
 * `finish` return undefined, and the caller reads the whole text the usual way, which also
 * words the problem.
 */
export interface StreamingDataset {
  push(piece: string): void;
  /** The dataset, or undefined: read the whole text instead. Says how many records it read. */
  finish(onRecords?: (count: number) => void): LoadedDataset | undefined;
}

const isOurs = (header: unknown) => header !== null && typeof header === 'object' && Object.hasOwn(header, 'version');

export function createStreamingDataset(): StreamingDataset {
  let reader: DatasetReader | undefined;
  // Records that came before a header the reader could start from (categories after events).
  const waiting: unknown[] = [];
  let count = 0;
  let failed = false;
  // Set once any piece so far may hold a bidi control: a record is added after all its text
  // has come, so the flag covers it. The tail catches an escape ("\u202e") cut between pieces.
  let mayHaveBidi = false;
  let tail = '';

  const splitter = createEventListSplitter(
    (text) => {
      if (failed) return;
      count++;
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch {
        failed = true;
        return;
      }
      if (reader) reader.add(record, mayHaveBidi);
      else waiting.push(record);
    },
    (head) => {
      try {
        // The header so far, closed after the list's "[": `{"version":1,…,"events":[]}`.
        const header: unknown = JSON.parse(`${head}]}`);
        if (isOurs(header)) reader = readDataset(header);
        else failed = true;
      } catch {
        // Not a header yet (a key still to come): the records wait for the whole one.
      }
    },
  );

  return {
    push(piece) {
      if (failed) return;
      if (!mayHaveBidi) {
        mayHaveBidi = jsonMayHaveBidi(tail + piece);
        tail = piece.slice(-5);
      }
      splitter.push(piece);
    },
    finish(onRecords) {
      const headText = failed ? undefined : splitter.end();
      if (headText === undefined) return undefined;
      try {
        const header: unknown = JSON.parse(headText);
        if (!isOurs(header)) return undefined;
        onRecords?.(count);
        reader ??= readDataset(header);
        for (const record of waiting) reader.add(record, mayHaveBidi);
        return reader.finish(header);
      } catch {
        return undefined;
      }
    },
  };
}
