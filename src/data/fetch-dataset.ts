import { DatasetFormatError, parseDataset } from './parse-dataset.ts';
import type { LoadedDataset } from './timeline-event.ts';

/** A whole source failed: the message names the URL and what went wrong, in plain words. */
export class DatasetLoadError extends Error {
  readonly url: string;
  /** Retrying cannot help (the data itself is wrong), so the query layer does not retry. */
  readonly permanent: boolean;
  constructor(url: string, message: string, permanent: boolean) {
    super(message);
    this.name = 'DatasetLoadError';
    this.url = url;
    this.permanent = permanent;
  }
}

function looksLikeHtml(text: string, contentType: string | null): boolean {
  return /text\/html/i.test(contentType ?? '') || /^\s*<(!doctype|html|head|body)\b/i.test(text);
}

export async function fetchDataset(url: string, signal?: AbortSignal): Promise<LoadedDataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'omit' });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetLoadError(url, 'The dataset could not be reached. Check your connection and try again.', false);
  }
  if (!response.ok) {
    // A 4xx will not change on retry, except 408 (timeout) and 429 (rate limit), which ask for one.
    const permanent = response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429;
    throw new DatasetLoadError(url, `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`, permanent);
  }
  const text = (await response.text()).replace(/^\uFEFF/, '');
  if (looksLikeHtml(text, response.headers.get('content-type'))) {
    throw new DatasetLoadError(url, 'The address returned a web page (HTML), not a JSON dataset.', true);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DatasetLoadError(url, `The dataset is not valid JSON (${text.trim() ? detail : 'the file is empty'}).`, true);
  }
  try {
    return parseDataset(json);
  } catch (error) {
    if (error instanceof DatasetFormatError) throw new DatasetLoadError(url, error.message, true);
    throw error;
  }
}
