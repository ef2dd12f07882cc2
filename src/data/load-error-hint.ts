import { DatasetLoadError } from './fetch-text.ts';

/** What the reader (or the file's publisher) can do about a failure to load a dataset. */
export function loadErrorHint(error: Error): string | undefined {
  if (!(error instanceof DatasetLoadError)) return undefined;
  switch (error.kind) {
    case 'http':
      return /\b(404|410)\b/.test(error.message)
        ? 'Check the address in the link: there is no file there.'
        : /\b5\d\d\b/.test(error.message)
          ? 'The server had a problem; it may work again in a moment.'
          : undefined;
    case 'timeout':
      return 'The server may be busy, or the address may be wrong.';
    case 'html':
      return 'The link probably points to a page about the data, not to the data file itself (.json or .csv).';
    case 'json':
    case 'format':
      return 'If you publish this file: “npm run validate” lists every problem in it (see the README, “Bring your own data”).';
    default:
      return undefined;
  }
}
