import { LANGUAGE_TAG_PATTERN } from './dataset-schema.ts';
import type { Translations } from './timeline-event.ts';

/**
 * Translations in our spreadsheet template (sheet-columns.ts): a column per field and
 * language, named `<field>_<language>` — `title_ar`, `label_ar`, `summary_ar` — beside the
 * column it translates, read on every kind of row as that row reads the untranslated column:
 * an event's title, label and summary; a category's label (title_ar) and description
 * (summary_ar); the dataset's title (title_ar) and description (summary_ar) on the title row,
 * where `translated_from_ar` says what the translation was made from.
 */
export const TRANSLATED_COLUMNS = ['title', 'label', 'summary', 'translated_from'] as const;
export type TranslatedColumn = (typeof TRANSLATED_COLUMNS)[number];

const TRANSLATION_KEY = new RegExp(`^(${TRANSLATED_COLUMNS.join('|')})_(${LANGUAGE_TAG_PATTERN.slice(1, -1)})$`);

/** "title_ar" → the title column in Arabic; undefined for any other key. */
export function translationColumn(key: string): { readonly column: TranslatedColumn; readonly language: string } | undefined {
  const match = TRANSLATION_KEY.exec(key);
  return match ? { column: match[1] as TranslatedColumn, language: match[2]! } : undefined;
}

/** The translation columns for `languages`, in the order the template writes them. */
export function translationHeader(languages: readonly string[]): string[] {
  return languages.flatMap((language) => TRANSLATED_COLUMNS.map((column) => `${column}_${language}`));
}

/** The languages that any of these records translates into, in first-seen order. */
export function translatedLanguages(records: readonly { readonly i18n?: Translations<object> }[]): string[] {
  return [...new Set(records.flatMap((record) => Object.keys(record.i18n ?? {})))];
}

/**
 * A row's translation cells (`cellOf(key)`, trimmed, '' when empty), as i18n with the fields
 * named by `fields` (e.g. title → label on a category row); undefined when the row has none.
 */
export function rowTranslations(
  keys: readonly string[],
  cellOf: (key: string) => string,
  fields: Partial<Record<TranslatedColumn, string>>,
): Record<string, Record<string, string>> | undefined {
  let i18n: Record<string, Record<string, string>> | undefined;
  for (const key of keys) {
    const found = translationColumn(key);
    const field = found && fields[found.column];
    const cell = field && cellOf(key);
    if (cell) ((i18n ??= {})[found.language] ??= {})[field] = cell;
  }
  return i18n;
}

/** The cells of one record's translations (the inverse of rowTranslations). */
export function translationCells(i18n: Translations<object> | undefined, fields: Partial<Record<TranslatedColumn, string>>): Record<string, string | undefined> {
  const cells: Record<string, string | undefined> = {};
  for (const [language, text] of Object.entries(i18n ?? {})) {
    for (const [column, field] of Object.entries(fields)) cells[`${column}_${language}`] = (text as Readonly<Record<string, string | undefined>>)[field];
  }
  return cells;
}

/** What each kind of row's translation columns hold. */
export const EVENT_TRANSLATIONS = { title: 'title', label: 'label', summary: 'summary' } as const;
export const CATEGORY_TRANSLATIONS = { title: 'label', summary: 'description' } as const;
export const DATASET_TRANSLATIONS = { title: 'title', summary: 'description', translated_from: 'translatedFrom' } as const;
