import { isZip } from '../data/body-bytes.ts';
import type { ParsedText } from '../loading/parse-dataset-text.ts';

/** What the file picker offers first (any file can still be chosen or dropped: the content decides). */
export const ACCEPTED_FILES = '.csv,.tsv,.tab,.txt,.json,.xlsx,text/csv,text/tab-separated-values,application/json';

/**
 * A local file's content as the parser takes it: the bytes of an .xlsx workbook (a zip archive,
 * known by its first bytes, as over the network), else the text decoded as UTF-8. A file in
 * another encoding keeps its replacement characters or NULs, and the parser says what it is.
 */
export async function fileSource(file: Blob): Promise<string | Uint8Array> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return isZip(bytes) ? bytes : new TextDecoder().decode(bytes);
}

/**
 * Reads a file the author chose or dropped, in the browser (nothing leaves the computer), with
 * the parser a link's data goes through (format detection, importers, checks), loaded on first
 * use. Rejects with the parser's DatasetProblem when the file as a whole cannot be used.
 */
export async function readLocalFile(file: File): Promise<ParsedText> {
  const [source, { parseDatasetText }] = await Promise.all([fileSource(file), import('../loading/parse-dataset-text.ts')]);
  return parseDatasetText(source, file.type || null);
}
