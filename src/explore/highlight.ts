import { normalizeLetters, searchTerms } from './search-text.ts';

/** A run of the original text, marked when it is part of a search match. */
export interface Segment {
  readonly text: string;
  readonly match: boolean;
}

// The same steps as normalizeForSearch, one code point at a time, so each normalised character
// remembers where in the original text it came from.
const SEPARATOR = /^[\p{P}\p{S}\p{Z}\s]$/u;
const MARK_ONLY = /^\p{M}+$/u;
const JOINER = /^[\p{Pd}\s]+$/u;

interface Mapped {
  readonly text: string;
  readonly from: readonly number[];
  readonly to: readonly number[];
}

function mapNormalized(original: string): Mapped {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let index = 0;
  for (const point of original) {
    const end = index + point.length;
    // A combining accent written apart (decomposed text) belongs with its letter, so a mark
    // never splits a glyph.
    if (MARK_ONLY.test(point) && to.length > 0 && !text.endsWith(' ')) to[to.length - 1] = end;
    const piece = normalizeLetters(point);
    for (const char of piece) {
      const separator = SEPARATOR.test(char);
      if (separator && (text === '' || text.endsWith(' '))) continue;
      text += separator ? ' ' : char;
      from.push(index);
      to.push(end);
    }
    index = end;
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    from.pop();
    to.pop();
  }
  return { text, from, to };
}

function occurrences(haystack: string, needle: string): [number, number][] {
  const found: [number, number][] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    found.push([at, at + needle.length]);
  }
  return found;
}

/**
 * Where a word of the query occurs: at the start of words where it does so ("al" marks the
 * "al" of "al-Asad", not the one inside "coalition"), else wherever it matched.
 */
function termOccurrences(haystack: string, term: string): [number, number][] {
  const all = occurrences(haystack, term);
  const atWordStart = all.filter(([start]) => start === 0 || haystack[start - 1] === ' ');
  return atWordStart.length ? atWordStart : all;
}

/**
 * Splits `text` into plain and matched runs for `query`, for rendering with <mark> as React
 * text (never HTML). The whole query is marked where it occurs as a phrase; otherwise each of
 * its words, so "ain al asad" marks "Ain al-Asad" once rather than every "al" in the text.
 */
export function highlightSegments(text: string, query: string): readonly Segment[] {
  const terms = searchTerms(query);
  if (terms.length === 0 || text === '') return [{ text, match: false }];
  const mapped = mapNormalized(text);
  let ranges = terms.length > 1 ? occurrences(mapped.text, terms.join(' ')) : [];
  if (ranges.length === 0) ranges = terms.flatMap((term) => termOccurrences(mapped.text, term));
  if (ranges.length === 0) return [{ text, match: false }];

  // Back to the original text's positions, merged where they overlap or only a space or a
  // hyphen apart ("Al" + "Asad" marks "Al-Asad" whole).
  const spans = ranges.map(([start, end]) => [mapped.from[start]!, mapped.to[end - 1]!] as const).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of spans) {
    const last = merged.at(-1);
    if (last && (start <= last[1] || JOINER.test(text.slice(last[1], start)))) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }

  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of merged) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false });
  return segments;
}
