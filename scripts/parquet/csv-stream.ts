import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import Papa from 'papaparse';

/**
 * A CSV file read by papaparse as a stream, a row at a time (its `step`), so that no more than
 * a piece of the text is held. papaparse guesses the line endings (and, with no delimiter
 * given, the delimiter) from the first piece it is handed; that piece is made at least 1 MiB
 * of text, the part of a whole text papaparse looks at, so a stream is read as the whole text
 * would be.
 */

const FIRST_PIECE = 1 << 20;

/** The file's text in pieces, the first at least FIRST_PIECE characters, without a byte-order mark. */
export async function* textPieces(path: string): AsyncGenerator<string> {
  let head: string | undefined = '';
  for await (const piece of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    if (head === undefined) yield piece as string;
    else if ((head += piece as string).length >= FIRST_PIECE) {
      yield head.replace(/^\uFEFF/, '');
      head = undefined;
    }
  }
  if (head) yield head.replace(/^\uFEFF/, '');
}

/** The start of the file (the first piece), to tell its format; '' for an empty file. */
export async function textStart(path: string): Promise<string> {
  const pieces = textPieces(path);
  const first = await pieces.next();
  await pieces.return(undefined);
  return first.done ? '' : first.value;
}

/**
 * Parses the file with `config`, handing each row to `step`, which may throw to stop (the
 * promise then rejects with what it threw).
 */
export function parseCsvFile<T>(path: string, config: Papa.ParseConfig<T>, step: (results: Papa.ParseStepResult<T>) => void): Promise<void> {
  const input = Readable.from(textPieces(path));
  return new Promise((resolve, reject) => {
    Papa.parse<T>(input, {
      ...config,
      step,
      complete: () => resolve(),
      error: (error: Error) => {
        input.destroy();
        reject(error);
      },
    });
  });
}
