import { jsonMayHaveBidi } from '../data/bidi-controls.ts';
import { isParquet } from '../data/parquet-magic.ts';
import { recordOfEvent } from '../data/parquet-layout.ts';
import { detectJsonFormat, textSheetFormat, type DataFormat } from '../data/detect-format.ts';
import type { ImportResult } from '../data/our-format.ts';
import { DatasetFormatError, parseDataset } from '../data/parse-dataset.ts';
import { namedFailure, type LoadFailure } from '../data/load-failure.ts';
import { DatasetProblem, type LoadProgress } from '../data/load-status.ts';
import { readFailure } from '../data/read-failure.ts';
import { invalidJson, jsonDetail } from '../data/json-failure.ts';
import type { LoadedDataset, RecordProblem } from '../data/timeline-event.ts';

/**
 * Text → typed dataset: every check on the content of a source, in one place, shared by the
 * dataset worker (parse-worker.ts), the main thread where there is no worker (fetch-dataset.ts)
 * and the command line (scripts/cli/validate.ts, convert.ts). Importers for other formats are
 * loaded only when the content needs one, so they never weigh on the first paint.
 */

export interface ParsedText {
  readonly loaded: LoadedDataset;
  readonly format: Exclude<DataFormat, 'unknown'>;
  /** The dataset in our format before the checks (what `npm run convert` writes). */
  readonly json: unknown;
}

export const FORMAT_NAMES: Record<DataFormat, string> = {
  'conflict-timeline': 'conflict-timeline JSON',
  timelinejs: 'TimelineJS JSON',
  'acled-csv': 'ACLED CSV',
  'timelinejs-sheet': 'TimelineJS spreadsheet',
  sheet: 'spreadsheet template',
  parquet: 'Parquet',
  'parquet-index': 'index of Parquet files',
  unknown: 'unknown',
};

/** The server says it sent a web page (the worker also asks, of a streamed read). */
export function isHtmlType(contentType: string | null): boolean {
  return /text\/html/i.test(contentType ?? '');
}

function looksLikeHtml(text: string, contentType: string | null): boolean {
  return isHtmlType(contentType) || /^\s*<(!doctype|html|head|body)\b/i.test(text);
}

/** A JSON object that is no format we know: say so, and what it does have. */
function unknownObject(json: object): LoadFailure {
  const keys = Object.keys(json);
  if (keys.length === 0) return readFailure('read.unknownJsonEmpty');
  const shown = keys.slice(0, 8).map((key) => `"${key.length > 40 ? `${key.slice(0, 39)}…` : key}"`).join(', ');
  return keys.length > 8 ? readFailure('read.unknownJsonMore', { keys: shown, more: keys.length - 8 }) : readFailure('read.unknownJson', { keys: shown });
}

/** Puts importer reports into source positions and adds the records it could not read. */
function mergeImportReport(loaded: LoadedDataset, imported: ImportResult): LoadedDataset {
  const skipped: RecordProblem[] = [
    ...imported.problems,
    ...loaded.skipped.map((problem) => {
      const row = imported.sourceRow?.[problem.index];
      return { ...problem, index: imported.sourceIndex[problem.index] ?? problem.index, ...(row !== undefined && { row }) };
    }),
  ];
  skipped.sort((a, b) => a.index - b.index);
  const warnings = loaded.warnings.map((warning) => {
    if (warning.index === undefined) return warning;
    const row = imported.sourceRow?.[warning.index];
    return { ...warning, index: imported.sourceIndex[warning.index] ?? warning.index, ...(row !== undefined && { row }) };
  });
  return { dataset: loaded.dataset, skipped, warnings };
}

/** A whole Parquet file (a host without Range, a file on disk): its reader is a chunk of its own. */
async function parseParquet(bytes: Uint8Array, onProgress?: (progress: LoadProgress) => void): Promise<ParsedText> {
  onProgress?.({ stage: 'importing', format: 'parquet' });
  const { readWholeParquet } = await import('./parquet/parquet-events.ts');
  const buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer;
  const { loaded, header } = await readWholeParquet(buffer);
  return { loaded, format: 'parquet', get json() { return { ...header, events: loaded.dataset.events.map(recordOfEvent) }; } };
}

/**
 * Rejects with a DatasetProblem when the source as a whole cannot be used; bad records go in
 * `loaded.skipped`. `source` is the text, or the bytes of an .xlsx workbook (FetchedText.bytes),
 * of which `sheet` names the sheet to read (the first when undefined).
 */
export async function parseDatasetText(
  source: string | Uint8Array,
  contentType: string | null,
  onProgress?: (progress: LoadProgress) => void,
  sheet?: string,
): Promise<ParsedText> {
  if (typeof source !== 'string' && isParquet(source)) return parseParquet(source, onProgress);
  const text = typeof source === 'string' ? source.replace(/^\uFEFF/, '') : '';
  if (looksLikeHtml(text, contentType)) {
    throw new DatasetProblem(readFailure('read.html'), 'html');
  }
  const start = text.trimStart();
  // UTF-8 text never holds NUL; UTF-16 (every other byte 0 for ASCII) and binary files do.
  if (start.slice(0, 1000).includes('\u0000')) {
    throw new DatasetProblem(readFailure('read.notUtf8'), 'json');
  }
  let json: unknown;
  let imported: ImportResult | undefined;
  let format: ParsedText['format'] = 'conflict-timeline';
  const sheetFormat = textSheetFormat(start);
  try {
    if (typeof source !== 'string') {
      onProgress?.({ stage: 'importing', format: 'sheet' });
      const { importXlsx } = await import('../import/xlsx-import.ts');
      imported = await importXlsx(source, sheet);
      format = imported.format;
    } else if (start === '') {
      throw new DatasetProblem(readFailure('read.empty'), 'json');
    } else if (start.startsWith('{') || start.startsWith('[')) {
      onProgress?.({ stage: 'reading' });
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw new DatasetProblem(invalidJson(error, text), 'json');
      }
      const detected = detectJsonFormat(json);
      // Its files are read window by window, never whole: the page opens it by its address (fetch-dataset.ts).
      if (detected === 'parquet-index') throw new DatasetProblem(readFailure('read.parquetIndexWhole'), 'parquet-index');
      if (detected === 'unknown' && json !== null && typeof json === 'object' && !Array.isArray(json)) {
        throw new DatasetProblem(unknownObject(json), 'format');
      }
      if (detected === 'timelinejs') {
        format = 'timelinejs';
        onProgress?.({ stage: 'importing', format });
        const { importTimelineJs } = await import('../import/timelinejs-import.ts');
        imported = importTimelineJs(json);
      }
    } else if (sheetFormat === 'acled-csv') {
      format = sheetFormat;
      onProgress?.({ stage: 'importing', format });
      const { importAcledCsv } = await import('../import/acled-import.ts');
      imported = importAcledCsv(text);
    } else if (sheetFormat) {
      format = sheetFormat;
      onProgress?.({ stage: 'importing', format });
      const { importSheetText } = await import('../import/sheet-import.ts');
      imported = importSheetText(text);
    } else {
      // Valid JSON that is not an object ("null", a string) is reported as the wrong shape.
      try {
        json = JSON.parse(text);
      } catch (error) {
        const { detail, cutOff } = jsonDetail(error, text);
        const said = cutOff ? `it stops part-way, as if cut off: ${detail}` : detail;
        throw new DatasetProblem(readFailure('read.neitherJsonNorSheet', undefined, said), 'json');
      }
    }
    if (imported) json = imported.dataset;
    const records = json && typeof json === 'object' && 'events' in json && Array.isArray(json.events) ? json.events.length : undefined;
    onProgress?.({ stage: 'checking', records });
    // An importer's output is new text, not the file's: it is tested string by string.
    const loaded = parseDataset(json, imported !== undefined || jsonMayHaveBidi(text));
    return { loaded: imported ? mergeImportReport(loaded, imported) : loaded, format, json };
  } catch (error) {
    if (error instanceof DatasetFormatError) {
      const { failure } = error;
      throw new DatasetProblem(imported || format === 'conflict-timeline' ? failure : namedFailure(FORMAT_NAMES[format], failure), 'format');
    }
    throw error;
  }
}
