import { readFile } from 'node:fs/promises';
import { isBinaryDataset } from '../../src/data/body-bytes.ts';
import { DatasetLoadError, fetchDatasetText } from '../../src/data/fetch-text.ts';
import type { LoadFailure } from '../../src/data/load-failure.ts';
import { readFailure } from '../../src/data/read-failure.ts';
import { sheetInUrl } from '../../src/data/workbook-sheet.ts';
import { parseDatasetText, type ParsedText } from '../../src/loading/parse-dataset-text.ts';

/**
 * What the command-line tools (validate, convert) share: their arguments, and reading a source
 * from a file path or an http(s) URL with the same checks and messages as the app.
 */
export interface Source {
  readonly name: string;
  readonly text: string;
  readonly contentType: string | null;
  /** An .xlsx workbook's bytes (text is then empty), and the sheet named by `#sheet=Name`. */
  readonly bytes?: Uint8Array;
  readonly sheet?: string;
}

/**
 * The arguments after the script. Run through `node -e "…runnerImport('./scripts/cli/x.ts')" -- a`,
 * process.argv is [node, a]; run directly (node/tsx scripts/cli/x.ts a) it is [node, scripts/cli/x.ts, a].
 * Both work, and a stray "--" is dropped.
 */
export function cliArguments(argv: readonly string[] = process.argv): string[] {
  const args = argv.slice(1);
  if (args[0] !== undefined && /(^|[\\/])scripts[\\/](?:[\w-]+[\\/])?[\w-]+\.[cm]?[jt]s$/.test(args[0])) args.shift();
  if (args[0] === '--') args.shift();
  return args;
}

function fileProblem(error: unknown): LoadFailure {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return readFailure('read.noFile');
  if (code === 'EISDIR') return readFailure('read.folder');
  if (code === 'EACCES') return readFailure('read.noPermission');
  return readFailure('read.fileFailed', undefined, error instanceof Error ? error.message : String(error));
}

export async function readSource(nameOrUrl: string): Promise<Source> {
  const sheet = sheetInUrl(nameOrUrl);
  if (/^https?:\/\//i.test(nameOrUrl)) {
    const { text, contentType, bytes } = await fetchDatasetText(nameOrUrl);
    return { name: nameOrUrl, text, contentType, bytes, sheet };
  }
  try {
    // "book.xlsx#sheet=Events" names a sheet, as on the web (a file whose name has "#sheet=" is unlikely).
    const bytes = await readFile(sheet ? nameOrUrl.slice(0, nameOrUrl.indexOf('#')) : nameOrUrl);
    if (isBinaryDataset(bytes)) return { name: nameOrUrl, text: '', contentType: null, bytes, sheet };
    return { name: nameOrUrl, text: new TextDecoder().decode(bytes), contentType: null };
  } catch (error) {
    throw new DatasetLoadError(nameOrUrl, fileProblem(error), true, 'other');
  }
}

/** Reads a source as the app does (any format, a workbook's sheet). */
export function parseSource(source: Source): Promise<ParsedText> {
  return parseDatasetText(source.bytes ?? source.text, source.contentType, undefined, source.sheet);
}

/** Dataset text is untrusted: keep control characters (terminal escapes) out of the terminal. */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}
