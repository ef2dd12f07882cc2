import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema } from './dataset-schema.ts';

export const DATASET_JSON_SCHEMA_TITLE = 'conflict-timeline dataset, version 1';

export const DATASET_JSON_SCHEMA_DESCRIPTION =
  'A conflict-timeline data file: categories, dated events each tied to at least one source article, ' +
  'and optional numeric series. Dates are YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm[:ss](Z|±HH:MM) ' +
  'and are only as precise as written. Unknown fields are ignored. Rules this schema cannot express ' +
  '(real calendar dates, "end" not before "date", unique event ids, known categories, http(s) source URLs) ' +
  'are checked when the file is loaded; a record that breaks one is skipped and reported. A source or archived ' +
  'URL with a user name or password before "@" is left out, and Unicode bidi control characters are removed ' +
  'from all text; both are reported as warnings. "changes" is newest first; "status" grades each event ' +
  '(confirmed, reported, claimed, disputed: see the README). "language" names the language of the dataset\'s own text; ' +
  '"i18n" holds optional translations by language tag ("ar"): title, label and summary on an event, label and description ' +
  'on a category, label, unit and note on a series, title, description and translatedFrom on the dataset, each checked as the field it translates.';

/**
 * The published JSON Schema (draft 2020-12) of the dataset format, generated from the Valibot
 * schema so the two cannot drift apart. `npm run schema` writes it to data/events.schema.json.
 */
export function buildDatasetJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = toJsonSchema(DatasetSchema, { target: 'draft-2020-12', errorMode: 'ignore' }) as Record<
    string,
    unknown
  >;
  return { $schema, title: DATASET_JSON_SCHEMA_TITLE, description: DATASET_JSON_SCHEMA_DESCRIPTION, ...rest };
}
