import type { TimelineEvent } from '../data/timeline-event.ts';

/**
 * Search that forgives what readers cannot be expected to type: case, accents ("Türkiye"),
 * hyphens and punctuation ("al-Saidi", "Ain al-Asad"). Text and query go through the same
 * normalisation, so "saidi" finds "al-Saidi" and "ain al asad" finds "Ain al-Asad".
 */

// Apostrophes vanish rather than split words, so "Iraqs" still finds "Iraq's".
const APOSTROPHES = /['‘’ʼ`´]/gu;
const MARKS = /\p{M}/gu;
const SEPARATORS = /[\p{P}\p{S}\p{Z}\s]+/gu;

/** Lower case, no diacritics, no apostrophes; any run of punctuation or space is one space. */
export function normalizeForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .trim();
}

/** The words of a query, normalised; an empty list matches everything. */
export function searchTerms(query: string): readonly string[] {
  // No search (the usual first frame) needs no normalising: the Unicode-class patterns cost a
  // few milliseconds to compile on first use.
  if (query.trim() === '') return [];
  const normalized = normalizeForSearch(query);
  return normalized ? [...new Set(normalized.split(' '))] : [];
}

/** True when every term occurs in the normalised text (in any order, inside words too). */
export function matchesTerms(normalizedText: string, terms: readonly string[]): boolean {
  return terms.every((term) => normalizedText.includes(term));
}

/** Whether a piece of text matches a query, both given as written. */
export function matchesQuery(text: string, query: string): boolean {
  return matchesTerms(normalizeForSearch(text), searchTerms(query));
}

// Normalising every event on every keystroke would be wasteful with 100,000 events; events
// are immutable, so each one's text is computed once and remembered beside it.
const cache = new WeakMap<TimelineEvent, string>();

/** What search looks at: title, summary, actors, place, and each source's title and publisher. */
export function eventSearchText(event: TimelineEvent): string {
  const cached = cache.get(event);
  if (cached !== undefined) return cached;
  const fields = [event.title, event.summary, ...event.actors];
  if (event.place) fields.push(event.place.name, event.place.country ?? '');
  for (const source of event.sources) fields.push(source.title, source.publisher);
  // A newline never occurs in normalised text, so a phrase cannot match across two fields.
  const text = fields.map(normalizeForSearch).join('\n');
  cache.set(event, text);
  return text;
}

export function eventMatchesQuery(event: TimelineEvent, terms: readonly string[]): boolean {
  return terms.length === 0 || matchesTerms(eventSearchText(event), terms);
}
