import { cleanText } from './bidi-controls.ts';
import type { RawEvent, RawSource } from './dataset-schema.ts';
import type { WarnField } from './event-record.ts';

/**
 * A record's text without bidi controls (bidi-controls.ts), each removal reported by field; the
 * record itself when there was nothing to remove. Text fields the schema trims are trimmed again
 * after a removal. A field left empty is caught by toEvent's checks.
 */

function cleanTrimmed(text: string, field: string, warn: WarnField): string {
  const cleaned = cleanText(text, field, warn);
  return cleaned === text ? text : cleaned.trim();
}

function cleanList(list: string[], field: string, warn: WarnField): string[] {
  let cleaned: string[] | undefined;
  list.forEach((item, i) => {
    const text = cleanText(item, `${field}.${i}`, warn);
    if (text !== item) (cleaned ??= [...list])[i] = text;
  });
  return cleaned ?? list;
}

function cleanSource(source: RawSource, i: number, warn: WarnField): RawSource {
  const title = cleanTrimmed(source.title, `sources.${i}.title`, warn);
  const publisher = cleanTrimmed(source.publisher, `sources.${i}.publisher`, warn);
  return title === source.title && publisher === source.publisher ? source : { ...source, title, publisher };
}

type Translations = NonNullable<RawEvent['i18n']>;

/** Each translation cleaned as the field it translates is; the same object when nothing changed. */
function cleanTranslations(i18n: Translations, warn: WarnField): Translations {
  let cleaned: Record<string, Translations[string]> | undefined;
  for (const [language, entry] of Object.entries(i18n)) {
    const at = `i18n.${language}`;
    const title = entry.title === undefined ? undefined : cleanTrimmed(entry.title, `${at}.title`, warn);
    const label = entry.label === undefined ? undefined : cleanTrimmed(entry.label, `${at}.label`, warn);
    const summary = entry.summary === undefined ? undefined : cleanText(entry.summary, `${at}.summary`, warn);
    if (title !== entry.title || label !== entry.label || summary !== entry.summary) (cleaned ??= { ...i18n })[language] = { title, label: label || undefined, summary };
  }
  return cleaned ?? i18n;
}

export function cleanEventText(raw: RawEvent, warn: WarnField): RawEvent {
  const title = cleanTrimmed(raw.title, 'title', warn);
  const label = raw.label === undefined ? undefined : cleanTrimmed(raw.label, 'label', warn);
  const summary = cleanText(raw.summary, 'summary', warn);
  const actors = cleanList(raw.actors, 'actors', warn);
  const tags = cleanList(raw.tags, 'tags', warn);
  let place = raw.place;
  if (place) {
    const name = cleanTrimmed(place.name, 'place.name', warn);
    const country = place.country === undefined ? undefined : cleanText(place.country, 'place.country', warn);
    if (name !== place.name || country !== place.country) place = { ...place, name, country };
  }
  let casualties = raw.casualties;
  if (casualties?.note !== undefined) {
    const note = cleanText(casualties.note, 'casualties.note', warn);
    if (note !== casualties.note) casualties = { ...casualties, note };
  }
  const sources = raw.sources.map((source, i) => cleanSource(source, i, warn));
  const i18n = raw.i18n && cleanTranslations(raw.i18n, warn);
  const same =
    title === raw.title && label === raw.label && summary === raw.summary && actors === raw.actors && tags === raw.tags &&
    place === raw.place && casualties === raw.casualties && i18n === raw.i18n && sources.every((source, i) => source === raw.sources[i]);
  return same ? raw : { ...raw, title, label: label || undefined, summary, actors, tags, place, casualties, sources, i18n };
}
