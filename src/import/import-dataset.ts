import { DatasetFormatError } from '../data/parse-dataset.ts';
import { readFailure } from '../data/read-failure.ts';
import { importAcledCsv } from './acled-import.ts';
import { detectFormat, type DataFormat } from '../data/detect-format.ts';
import type { ImportResult } from '../data/our-format.ts';
import { importTimelineJs } from './timelinejs-import.ts';

export interface ConvertedText {
  readonly format: Exclude<DataFormat, 'unknown'>;
  /** The dataset in our format (for our own format, the file's JSON as it is). */
  readonly json: unknown;
  /** Set for imported formats: how records map back to the source, and rows not read. */
  readonly imported?: ImportResult;
}

/** Detects the format of a text and brings it into ours; throws DatasetFormatError when it cannot. */
export function convertText(text: string): ConvertedText {
  const format = detectFormat(text);
  const parseJson = () => {
    try {
      return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
    } catch (error) {
      throw new DatasetFormatError(readFailure('read.fileNotJson', undefined, error instanceof Error ? error.message : String(error)));
    }
  };
  switch (format) {
    case 'conflict-timeline':
      return { format, json: parseJson() };
    case 'timelinejs': {
      const imported = importTimelineJs(parseJson());
      return { format, json: imported.dataset, imported };
    }
    case 'acled-csv': {
      const imported = importAcledCsv(text);
      return { format, json: imported.dataset, imported };
    }
    default:
      throw new DatasetFormatError(readFailure('read.unknownFormat'));
  }
}

/** Any supported file as a JSON object in our format (version 1), ready for parseDataset. */
export function importDataset(text: string): unknown {
  return convertText(text).json;
}
