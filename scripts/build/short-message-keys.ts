import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

// Every English catalogue: the page's, its later words, /make's and a failed load's (see messages-en.ts).
const CATALOGUES = [
  'src/i18n/messages-en.ts',
  'src/i18n/messages-en-later.ts',
  'src/i18n/messages-en-make.ts',
  'src/i18n/messages-en-fetch.ts',
  'src/i18n/messages-en-sheets.ts',
  'src/i18n/messages-en-read.ts',
];
const KEY = /^ {2}'([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)':/gm;

/** The catalogue's keys, in the order of the English files. */
export function messageKeys(root: string): string[] {
  return CATALOGUES.flatMap((file) => [...readFileSync(`${root}/${file}`, 'utf8').matchAll(KEY)].map((match) => match[1]!));
}

/** Each key's short name: "m" and its position in base 36 ("m0", "m1", … "m3z"). */
export function shortNames(keys: readonly string[]): Map<string, string> {
  return new Map(keys.map((key, index) => [key, `m${index.toString(36)}`]));
}

/** Every string literal in `code` that is exactly a key, renamed (quotes of any kind kept). */
export function shortenKeys(code: string, names: ReadonlyMap<string, string>): string {
  return code.replace(/(['"`])([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)\1/g, (literal, quote: string, text: string) => {
    const short = names.get(text);
    return short ? `${quote}${short}${quote}` : literal;
  });
}

/**
 * The build writes the catalogue's keys ("status.confirmed.definition") as short names in every
 * module of src/, the catalogues' and the callers' alike: the keys read well in the source, and
 * in the first download they cost about 0.8 kB gzip (the catalogue's chunk and the callers' are
 * compressed apart, so each key is paid for twice). A key must therefore be written whole where
 * it is used, never built from parts (data/claim-status.ts spells its keys out). Off in the dev
 * server and in tests, which see the keys as written.
 */
export function shortMessageKeysPlugin(root: string): Plugin {
  let names = new Map<string, string>();
  return {
    name: 'short-message-keys',
    apply: 'build',
    buildStart() {
      names = shortNames(messageKeys(root));
    },
    transform(code, id) {
      if (!id.startsWith(`${root}/src/`) || !/\.tsx?$/.test(id)) return null;
      const out = shortenKeys(code, names);
      return out === code ? null : { code: out, map: null };
    },
  };
}
