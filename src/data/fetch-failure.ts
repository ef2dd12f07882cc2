import { enFetch } from '../i18n/messages-en-fetch.ts';
import { failureMaker } from './load-failure.ts';

/** A failure to fetch a source (i18n/messages-en-fetch.ts): fetch-text.ts, the worker, Parquet's range reads. */
export const fetchFailure = failureMaker(enFetch);
