import type { DataFormat } from './detect-format.ts';
import { LoadFailureError, type LoadFailure } from './load-failure.ts';

/**
 * How a load is going and how it failed, shared by the page, the parse worker and the command
 * line. Kept apart from parse-dataset-text.ts so that the page can speak of a load without pulling
 * the validator into the first-paint bundle (parsing happens in the worker).
 */
export type LoadStage = 'connecting' | 'downloading' | 'reading' | 'importing' | 'checking';

export interface LoadProgress {
  readonly stage: LoadStage;
  /** Bytes received so far (downloading). */
  readonly loaded?: number;
  /** Bytes expected, when the server said (Content-Length of an uncompressed body). */
  readonly total?: number;
  /** The format being imported (importing). */
  readonly format?: DataFormat;
  /** How many records are being checked (checking). */
  readonly records?: number;
}

/** 'parquet-index': the source is an index of Parquet files, which the page opens by its address instead (fetch-dataset.ts). */
export type LoadErrorKind = 'network' | 'offline' | 'http' | 'timeout' | 'too-large' | 'html' | 'json' | 'format' | 'parquet-index' | 'other';

/** The content of a source cannot be used at all; the caller adds the URL. */
export class DatasetProblem extends LoadFailureError {
  readonly permanent: boolean;
  readonly kind: LoadErrorKind;
  constructor(failure: LoadFailure, kind: LoadErrorKind, permanent = true) {
    super(failure);
    this.name = 'DatasetProblem';
    this.kind = kind;
    this.permanent = permanent;
  }
}
