import * as v from 'valibot';
import { DATE_PATTERN } from './calendar-date.ts';
import { CLAIM_STATUSES } from './claim-status.ts';
import { characterCount, LABEL_MAX_CHARACTERS } from './event-label.ts';
import { SLUG_PATTERN } from './slug.ts';

export { SLUG_PATTERN };

/**
 * The dataset format, version 1: the one source of truth for both runtime validation and the
 * published JSON Schema (`npm run schema` writes data/events.schema.json from it). Valibot was
 * chosen because it validates without generating code, so the built site runs under a CSP
 * without `unsafe-eval`. `v.object` drops unknown keys: the format is forward compatible.
 * Rules JSON Schema cannot say (real calendar dates, `end` not before `date`, unique ids,
 * known categories) are checked in parse-dataset.ts.
 */
const text = (what: string) =>
  v.pipe(v.string(`${what} must be text`), v.trim(), v.nonEmpty(`${what} is empty`));

const dateText = (what: string) =>
  v.pipe(v.string(`${what} must be a date string`), v.regex(new RegExp(DATE_PATTERN), `${what} is not of the form YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm(Z|±HH:MM)`));


/**
 * A short headline for beside the mark. Valibot's maxLength counts UTF-16 units (an emoji
 * would count twice), so the limit is checked in code points by hand, and the metadata puts
 * the same limit in the published JSON Schema, whose maxLength counts code points too.
 */
const label = v.pipe(
  text('label'),
  v.check(
    (value: string) => characterCount(value) <= LABEL_MAX_CHARACTERS,
    (issue) =>
      `label is longer than ${LABEL_MAX_CHARACTERS} characters (${characterCount(issue.input)}): shorten it or leave it out`,
  ),
  v.metadata({ maxLength: LABEL_MAX_CHARACTERS }),
);

/** The shape of an address; the URL parser's checks (user info, a real host) are in parse-dataset. */
const httpUrl = (what: string) =>
  v.pipe(
    v.string(`${what} must be text`),
    // Spelled out rather than with the `i` flag, which JSON Schema patterns cannot carry.
    v.regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\//, `${what} must start with http:// or https://`),
  );

/** A language's key in `i18n`: a BCP 47 tag such as "ar", "ar-IQ" or "zh-Hant". */
export const LANGUAGE_TAG_PATTERN = '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$';

/**
 * Translations of a record's text, by language: `"i18n": { "ar": { "title": … } }`. Each is
 * optional and checked as the field it translates is; what is not translated shows the original.
 */
const translations = <Entries extends v.ObjectEntries>(entries: Entries) =>
  v.optional(
    v.record(
      v.pipe(v.string(), v.regex(new RegExp(LANGUAGE_TAG_PATTERN), 'each key of i18n must be a language tag such as "ar"')),
      v.object(entries, 'each translation must be an object'),
      'i18n must be an object of languages',
    ),
  );

export const SourceSchema = v.object({
  url: httpUrl('url'),
  title: text('source title'),
  publisher: text('publisher'),
  published: v.optional(dateText('published')),
  archived: v.optional(httpUrl('archived')),
});

export const PlaceSchema = v.object({
  name: text('place name'),
  country: v.optional(v.string()),
  lat: v.optional(v.pipe(v.number('lat must be a number'), v.minValue(-90, 'lat must be between -90 and 90'), v.maxValue(90, 'lat must be between -90 and 90'))),
  lon: v.optional(v.pipe(v.number('lon must be a number'), v.minValue(-180, 'lon must be between -180 and 180'), v.maxValue(180, 'lon must be between -180 and 180'))),
  precision: v.optional(v.picklist(['exact', 'town', 'area', 'region'], 'precision must be exact, town, area or region')),
});

const count = (what: string) =>
  v.pipe(v.number(`${what} must be a number`), v.integer(`${what} must be a whole number`), v.minValue(0, `${what} cannot be negative`));

export const CasualtiesSchema = v.object({
  killed: v.optional(count('killed')),
  injured: v.optional(count('injured')),
  note: v.optional(v.string()),
});

export const EventSchema = v.object({
  id: v.pipe(v.string('id must be text'), v.regex(new RegExp(SLUG_PATTERN), 'id must be a slug of a–z, 0–9 and single hyphens')),
  date: dateText('date'),
  end: v.optional(dateText('end')),
  approximate: v.optional(v.boolean('approximate must be true or false')),
  key: v.optional(v.boolean('key must be true or false')),
  title: text('title'),
  label: v.optional(label),
  summary: v.optional(v.string('summary must be text'), ''),
  category: text('category'),
  place: v.optional(PlaceSchema),
  actors: v.optional(v.array(v.string('each actor must be text')), []),
  casualties: v.optional(CasualtiesSchema),
  sources: v.pipe(v.array(SourceSchema, 'sources must be a list'), v.minLength(1, 'at least one source is required')),
  tags: v.optional(v.array(v.string('each tag must be text')), []),
  status: v.optional(v.picklist(CLAIM_STATUSES, `status must be ${CLAIM_STATUSES.slice(0, -1).join(', ')} or ${CLAIM_STATUSES.at(-1)}`)),
  updated: v.optional(dateText('updated')),
  i18n: translations({ title: v.optional(text('title')), label: v.optional(label), summary: v.optional(v.string('summary must be text')) }),
});

export const CategorySchema = v.object({
  id: v.pipe(v.string(), v.regex(new RegExp(SLUG_PATTERN), 'category id must be a slug')),
  label: text('category label'),
  color: v.optional(v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'color must be #rrggbb'))),
  description: v.optional(v.string()),
  i18n: translations({ label: v.optional(text('category label')), description: v.optional(v.string()) }),
});

export const SeriesPointSchema = v.object({
  date: dateText('date'),
  value: v.pipe(v.number('value must be a number'), v.finite()),
  qualifier: v.optional(v.picklist(['approx', 'at-least', 'more-than'])),
  note: v.optional(v.string()),
  // A bad series source loses its link (see parse-dataset.ts) rather than the whole dataset.
  source: v.optional(v.object({ url: v.string(), title: v.optional(v.string()), publisher: v.optional(v.string()) })),
});

export const SeriesSchema = v.object({
  id: text('series id'),
  label: text('series label'),
  unit: v.optional(v.string(), ''),
  note: v.optional(v.string()),
  points: v.array(SeriesPointSchema),
  i18n: translations({ label: v.optional(text('series label')), unit: v.optional(v.string()), note: v.optional(v.string()) }),
});

/** One correction or update; `changes` lists them newest first (checked, with a warning, on load). */
export const ChangeSchema = v.object({
  date: dateText('date'),
  events: v.optional(v.array(v.pipe(v.string('each event id must be text'), v.regex(new RegExp(SLUG_PATTERN), 'each event id must be a slug')))),
  summary: text('summary'),
});

const header = {
  version: v.literal(1, 'version must be 1'),
  title: text('title'),
  description: v.optional(v.string(), ''),
  /** The language the dataset's own text is written in (a language tag: "en"). */
  language: v.optional(v.pipe(v.string(), v.regex(new RegExp(LANGUAGE_TAG_PATTERN), 'language must be a language tag such as "en"'))),
  /** The language the page opens in when the link names none (before the reader's browser's). */
  defaultLanguage: v.optional(v.pipe(v.string(), v.regex(new RegExp(LANGUAGE_TAG_PATTERN), 'defaultLanguage must be a language tag such as "ar"'))),
  i18n: translations({
    title: v.optional(text('title')),
    description: v.optional(v.string()),
    /** The language the translation was made from: the reader is told it is a translation. */
    translatedFrom: v.optional(v.pipe(v.string(), v.regex(new RegExp(LANGUAGE_TAG_PATTERN), 'translatedFrom must be a language tag such as "en"'))),
  }),
  updated: v.optional(dateText('updated')),
  revision: v.optional(text('revision')),
  publisher: v.optional(text('publisher')),
  // An SPDX id ("CC-BY-4.0") or a licence's name; licenseUrl says where its text is.
  license: v.optional(v.string()),
  licenseUrl: v.optional(httpUrl('licenseUrl')),
  categories: v.array(CategorySchema, 'categories must be a list'),
  series: v.optional(v.array(SeriesSchema), []),
};

/** The whole file, as published in the JSON Schema. */
export const DatasetSchema = v.object({ ...header, changes: v.optional(v.array(ChangeSchema)), events: v.array(EventSchema) });

/**
 * The file with events and changes left unchecked, so that one bad record cannot reject the
 * rest: a bad change is left out with a warning, as a bad event is skipped.
 */
export const DatasetEnvelopeSchema = v.object({
  ...header,
  changes: v.optional(v.array(v.unknown(), 'changes must be a list'), []),
  events: v.array(v.unknown(), 'events must be a list'),
});

export type RawEvent = v.InferOutput<typeof EventSchema>;
export type RawSource = v.InferOutput<typeof SourceSchema>;
export type RawPlace = v.InferOutput<typeof PlaceSchema>;
export type RawCategory = v.InferOutput<typeof CategorySchema>;
export type RawSeries = v.InferOutput<typeof SeriesSchema>;
export type RawEventTranslation = NonNullable<RawEvent['i18n']>[string];
export type RawChange = v.InferOutput<typeof ChangeSchema>;
export type RawDatasetEnvelope = v.InferOutput<typeof DatasetEnvelopeSchema>;
