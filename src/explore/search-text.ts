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
// Arabic as readers type it: the tatweel (a stretch of the line) is dropped, and alif maqsura
// and ta marbuta are read as ya and ha, as Arabic search engines do. (Hamza seats and short
// vowels are marks, which NFD splits off and MARKS drops: أ, إ, آ are found as ا.)
const TATWEEL = /\u0640/g;
const ALIF_MAQSURA = /\u0649/g;
const TA_MARBUTA = /\u0629/g;

/** Lower case, no diacritics, no apostrophes, Arabic letters as typed: every step but the spaces (highlight.ts maps it point by point). */
export function normalizeLetters(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(TATWEEL, '')
    .replace(ALIF_MAQSURA, '\u064A')
    .replace(TA_MARBUTA, '\u0647')
    .replace(APOSTROPHES, '');
}

/** normalizeLetters, and any run of punctuation or space is one space. */
export function normalizeForSearch(text: string): string {
  return normalizeLetters(text).replace(SEPARATORS, ' ').trim();
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

/**
 * What search looks at: title, summary, actors, place, each source's title and publisher, and
 * the title and summary in every language the data gives (localize-dataset.ts keeps the
 * original there too), so a reader finds an event by its English or its Arabic.
 */
export function eventSearchText(event: TimelineEvent): string {
  const cached = cache.get(event);
  if (cached !== undefined) return cached;
  const fields = [event.title, event.summary, ...event.actors];
  for (const text of Object.values(event.i18n ?? {})) fields.push(text.title ?? '', text.summary ?? '');
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
