import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset.ts';
import { translationLines } from './translation-report.ts';

const source = [{ url: 'https://example.org/a', title: 'A', publisher: 'P' }];
const base = { version: 1, title: 'T', categories: [{ id: 'c', label: 'C', i18n: { ar: { label: 'ف' } } }] };

describe('translationLines', () => {
  it('counts what each language translates', () => {
    const { dataset } = parseDataset({
      ...base,
      language: 'en',
      i18n: { ar: { title: 'ع', translatedFrom: 'en' } },
      events: [
        { id: 'a', date: '2024', title: 'A', label: 'A', category: 'c', sources: source, i18n: { ar: { title: 'أ', label: 'أ' }, fr: { summary: 'x' } } },
        { id: 'b', date: '2024', title: 'B', category: 'c', sources: source },
      ],
    });
    expect(translationLines(dataset)).toEqual([
      "Translations (the dataset's own language: en):",
      "  ar: titles 1 of 2 events, labels 1, summaries 0; 1 of 1 category labels; the dataset's title, translated from en",
      "  fr: titles 0 of 2 events, labels 0, summaries 1; 0 of 1 category labels; the dataset's neither title nor description",
    ]);
  });

  it('says nothing for a dataset without translations, and warns of a translation into its own language', () => {
    expect(translationLines(parseDataset({ ...base, categories: [{ id: 'c', label: 'C' }], events: [] }).dataset)).toEqual([]);
    const own = parseDataset({ ...base, language: 'ar', events: [] }).dataset;
    expect(translationLines(own)).toContain("  ar is the dataset's own language: its translations are never shown");
  });
});
