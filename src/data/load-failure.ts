import { fillMessage, type MessageParams } from '../i18n/fill-message.ts';
import type { LoadFailureKey } from '../i18n/messages-en.ts';

/**
 * Why a whole source could not be used, as data: the catalogue's key and its slots, so the page
 * says it in the reader's language (ui/load-failure-words.ts, with i18n/translate.ts's
 * tLoadFailure), and in English, worded here where it failed, for the command line (which
 * prints `error.message`), for logs, and for the English page. The worker sends it to the page
 * as it is (data/worker-protocol.ts). No language is chosen in data/: the English is the
 * catalogue's (i18n/messages-en-fetch.ts, messages-en-read.ts), not the active language's.
 */
export interface LoadFailure {
  readonly key: LoadFailureKey;
  readonly params?: MessageParams;
  /**
   * Words that stay in English in every language: a JSON engine's message, the validator's
   * reason, a library's error. The English fills `{detail}` with it; another language shows it
   * apart, marked as English (ui/english-detail.tsx).
   */
  readonly detail?: string;
  /** The whole message in English. */
  readonly english: string;
}

/** A maker of failures worded with `templates` (one of the English failure catalogues). */
export function failureMaker<Key extends LoadFailureKey>(templates: Readonly<Record<Key, string>>) {
  return (key: Key, params?: MessageParams, detail?: string): LoadFailure => ({
    key,
    ...(params && { params }),
    ...(detail !== undefined && { detail }),
    english: fillMessage(templates[key], detail === undefined ? params : { ...params, detail }),
  });
}

/** The same failure, said in English after a name ("TimelineJS JSON: …"); other languages leave the name out. */
export function namedFailure(name: string, failure: LoadFailure): LoadFailure {
  return { ...failure, english: `${name}: ${failure.english}` };
}

/** An error that carries its failure; its message is the English. */
export class LoadFailureError extends Error {
  readonly failure: LoadFailure;
  constructor(failure: LoadFailure) {
    super(failure.english);
    this.failure = failure;
  }
}
