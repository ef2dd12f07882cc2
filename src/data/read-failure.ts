import { enRead } from '../i18n/messages-en-read.ts';
import { failureMaker } from './load-failure.ts';

/**
 * A source whose content cannot be used (i18n/messages-en-read.ts): the parser, the envelope
 * check, the importers. Its own module, so the fetch's failures (in the page's first download)
 * do not bring these words with them.
 */
export const readFailure = failureMaker(enRead);
