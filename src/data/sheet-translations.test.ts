import { describe, expect, it } from 'vitest';
import { CATEGORY_TRANSLATIONS, EVENT_TRANSLATIONS, rowTranslations, translatedLanguages, translationCells, translationColumn, translationHeader } from './sheet-translations.ts';

describe('translation columns of the spreadsheet template', () => {
  it('reads <field>_<language> and nothing else', () => {
    expect(translationColumn('title_ar')).toEqual({ column: 'title', language: 'ar' });
    expect(translationColumn('summary_fr-CA')).toEqual({ column: 'summary', language: 'fr-CA' });
    expect(translationColumn('translated_from_ar')).toEqual({ column: 'translated_from', language: 'ar' });
    for (const key of ['title', 'source_1_title', 'casualty_note', 'place_name', 'title_Arabic', 'label_']) expect(translationColumn(key)).toBeUndefined();
  });

  it('names the columns of each language, in order', () => {
    expect(translationHeader(['ar'])).toEqual(['title_ar', 'label_ar', 'summary_ar', 'translated_from_ar']);
    expect(translatedLanguages([{ i18n: { ar: {} } }, {}, { i18n: { fr: {}, ar: {} } }])).toEqual(['ar', 'fr']);
  });

  it('reads a row’s cells into i18n and writes them back, per kind of row', () => {
    const keys = ['title', 'title_ar', 'summary_ar', 'label_ar', 'title_fr'];
    const cells: Record<string, string> = { title: 'Strikes', title_ar: 'ضربات', summary_ar: 'وصف', label_ar: '', title_fr: 'Frappes' };
    const category = rowTranslations(keys, (key) => cells[key] ?? '', CATEGORY_TRANSLATIONS);
    expect(category).toEqual({ ar: { label: 'ضربات', description: 'وصف' }, fr: { label: 'Frappes' } });
    expect(translationCells(category, CATEGORY_TRANSLATIONS)).toMatchObject({ title_ar: 'ضربات', summary_ar: 'وصف', title_fr: 'Frappes' });
    expect(rowTranslations(keys, (key) => cells[key] ?? '', EVENT_TRANSLATIONS)).toEqual({ ar: { title: 'ضربات', summary: 'وصف' }, fr: { title: 'Frappes' } });
    expect(rowTranslations(['title'], () => 'x', EVENT_TRANSLATIONS)).toBeUndefined();
  });
});
