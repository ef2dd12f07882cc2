import type { LoadFailure } from './load-failure.ts';
import { readFailure } from './read-failure.ts';

// Shared by every reader of JSON text: the dataset parser (loading/parse-dataset-text.ts) and the
// index of Parquet files (loading/parquet/open-parquet-index.ts).

/**
 * A JSON.parse message, made useful: shortened (engines quote the offending text, which may be
 * huge), with the line and column when the engine gives only a position, and whether the text
 * simply stops (a cut-off download or copy), which the message then says plainly.
 */
export function jsonDetail(error: unknown, text: string): { readonly detail: string; readonly cutOff: boolean } {
  const message = error instanceof Error ? error.message : String(error);
  let detail = message.length > 200 ? `${message.slice(0, 199)}…` : message;
  const position = /at position (\d+)/.exec(message);
  const at = position ? Number(position[1]) : undefined;
  if (at !== undefined && !/line \d+/.test(message)) {
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    detail += ` (line ${line}, column ${column})`;
  }
  const cutOff = /end of (json )?(data|input)|unexpected end/i.test(message) || (at !== undefined && at >= text.trimEnd().length);
  return { detail, cutOff };
}

/** The failure for text that is not JSON: "cut off" when it simply stops, else where it breaks. */
export function invalidJson(error: unknown, text: string): LoadFailure {
  const { detail, cutOff } = jsonDetail(error, text);
  return readFailure(cutOff ? 'read.cutOffJson' : 'read.invalidJson', undefined, detail);
}
