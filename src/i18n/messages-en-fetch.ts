/**
 * The English words of a source that could not be fetched (data/fetch-text.ts, the Parquet range
 * reader, the worker's own failures). Not a part of the page's catalogue at run time: the code
 * that fails words the failure in English with these (data/load-failure.ts), which is what the
 * command line prints and an English page shows; another language's catalogue (messages-ar.ts)
 * has the same keys, which the page uses instead (translate.ts, tLoadFailure). Here rather than
 * in messages-en.ts because the worker and the command line need them without the page's words.
 * `{detail}` is text that stays in English in every language (an engine's own message).
 */
export const enFetch = {
  'fetch.noAnswer': 'The server did not answer within {seconds} seconds.',
  'fetch.stalled': 'The download stalled: nothing arrived for {seconds} seconds, after {received}.',
  'fetch.connectionBroke': 'The connection broke while downloading the dataset, after {received}.',
  'fetch.offline': 'The dataset could not be reached: this device appears to be offline. Check your connection and try again.',
  'fetch.unreachable': 'The dataset could not be reached (no answer from the server). Check your connection and the address, and try again.',
  'fetch.serverUnreachable': 'The server could not be reached.',
  'fetch.status': 'The server answered {status}.',
  'fetch.statusText': 'The server answered {status} {statusText}.',
  'fetch.tooLarge': 'The file is {size}, more than the {limit} this app can load.',
  'fetch.overLimit': 'The file is more than the {limit} this app can load.',
  'fetch.noContentRange':
    'The server answered a range request without a readable Content-Range header (a cross-origin host must expose it with Access-Control-Expose-Headers).',
  'fetch.readerStopped': 'The dataset reader stopped unexpectedly.',
  'fetch.readerFailed': 'The dataset could not be read ({detail}).',
} as const satisfies Readonly<Record<string, string>>;
