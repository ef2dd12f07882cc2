import { describe, expect, it } from 'vitest';
import { packEvents } from './event-packer.ts';
import { localizeDataset, localizeLoaded, originalDataset, originalEvent, ownTextLanguage, translatedFrom, untranslatedDatasetLanguage, untranslatedLanguage } from './localize-dataset.ts';
import { unpackEvents } from './packed-events.ts';
import { parseDataset } from './parse-dataset.ts';

const source = [{ url: 'https://example.org/a', title: 'A report', publisher: 'Example News' }];

const json = {
  version: 1,
  title: 'Attacks on US forces',
  description: 'From October 2023.',
  language: 'en',
  i18n: { ar: { title: 'الهجمات على القوات الأمريكية', translatedFrom: 'en' } },
  categories: [
    { id: 'us-strike', label: 'US strikes', color: '#0072B2', i18n: { ar: { label: 'ضربات أمريكية' } } },
    { id: 'diplomacy', label: 'Diplomacy', color: '#009E73' },
  ],
  series: [{ id: 'count', label: 'Attacks', unit: 'attacks', points: [{ date: '2024-01-04', value: 121 }], i18n: { ar: { label: 'الهجمات' } } }],
  events: [
    {
      id: 'baghdad-strike', date: '2024-01-04', title: 'US strike in Baghdad', label: 'Baghdad strike', summary: 'A drone strike.',
      category: 'us-strike', sources: source,
      i18n: { ar: { title: 'ضربة أمريكية في بغداد', label: 'ضربة بغداد', summary: 'ضربة بطائرة مسيّرة.' } },
    },
    { id: 'talks', date: '2024-01-05', title: 'Talks begin', label: 'Talks', summary: 'They met.', category: 'diplomacy', sources: source },
    { id: 'title-only', date: '2024-01-06', title: 'A statement', label: 'Statement', summary: 'It said.', category: 'diplomacy', sources: source, i18n: { ar: { title: 'بيان' } } },
  ],
};

const loaded = parseDataset(json);
const { dataset } = loaded;

describe('reading translations', () => {
  it('keeps each record’s i18n, the dataset’s language and its translation', () => {
    expect(loaded.skipped).toEqual([]);
    expect(dataset.language).toBe('en');
    expect(dataset.i18n?.ar?.translatedFrom).toBe('en');
    expect(dataset.categories[0]!.i18n?.ar?.label).toBe('ضربات أمريكية');
    expect(dataset.events[0]!.i18n?.ar?.title).toBe('ضربة أمريكية في بغداد');
    expect(dataset.events[1]!.i18n).toBeUndefined();
  });

  it('skips a record whose translation breaks the rule of the field it translates, and names the field', () => {
    const bad = parseDataset({ ...json, events: [{ ...json.events[1], i18n: { ar: { label: 'ب'.repeat(41) } } }, json.events[0]] });
    expect(bad.dataset.events.map((event) => event.id)).toEqual(['baghdad-strike']);
    expect(bad.skipped[0]).toMatchObject({ id: 'talks', field: 'i18n.ar.label' });
    expect(bad.skipped[0]!.reason).toMatch(/longer than 40 characters/);
  });

  it('removes bidi controls from translations and warns by field', () => {
    const tricky = parseDataset({ ...json, events: [{ ...json.events[1], i18n: { ar: { title: 'محادثات\u202E' } } }] });
    expect(tricky.dataset.events[0]!.i18n?.ar?.title).toBe('محادثات');
    expect(tricky.warnings.map((warning) => warning.field)).toContain('i18n.ar.title');
  });

  it('passes translations through the worker’s columns', () => {
    const [strike, talks] = unpackEvents(packEvents(dataset.events).packed);
    expect(strike!.i18n).toEqual(dataset.events[0]!.i18n);
    expect(talks!.i18n).toBeUndefined();
  });
});

describe('localizeDataset', () => {
  const arabic = localizeDataset(dataset, 'ar');

  it('shows the reader’s language where the data translates it', () => {
    expect(arabic.title).toBe('الهجمات على القوات الأمريكية');
    expect(arabic.description).toBe('From October 2023.');
    expect(arabic.categories.map((category) => category.label)).toEqual(['ضربات أمريكية', 'Diplomacy']);
    expect(arabic.events[0]).toMatchObject({ title: 'ضربة أمريكية في بغداد', label: 'ضربة بغداد', summary: 'ضربة بطائرة مسيّرة.' });
  });

  it('translates a series’ label and keeps what is not translated', () => {
    expect(arabic.series[0]).toMatchObject({ label: 'الهجمات', unit: 'attacks' });
    expect(dataset.series[0]!.label).toBe('Attacks');
  });

  it('leaves untranslated events as they are, the same objects', () => {
    expect(arabic.events[1]).toBe(dataset.events[1]);
  });

  it('drops the original label when only the title is translated, so the chart draws the translated title', () => {
    expect(arabic.events[2]).toMatchObject({ title: 'بيان', label: undefined, summary: 'It said.' });
  });

  it('never changes its input, and keeps the original text in i18n for search', () => {
    expect(dataset.events[0]!.title).toBe('US strike in Baghdad');
    expect(arabic.events[0]!.i18n?.en).toEqual({ title: 'US strike in Baghdad', label: 'Baghdad strike', summary: 'A drone strike.' });
    expect(originalEvent(arabic.events[0]!)).toBe(dataset.events[0]);
    expect(originalEvent(dataset.events[1]!)).toBe(dataset.events[1]);
  });

  it('reads sources through to the original (a packed event makes them on first read)', () => {
    expect(arabic.events[0]!.sources).toEqual(dataset.events[0]!.sources);
  });

  it('returns the dataset itself in its own language, or where nothing is translated', () => {
    expect(localizeDataset(dataset, 'en')).toBe(dataset);
    expect(localizeDataset(dataset, 'fr')).toBe(dataset);
  });

  it('keeps one copy per dataset and language', () => {
    expect(localizeLoaded(loaded, 'ar')).toBe(localizeLoaded(loaded, 'ar'));
    expect(localizeLoaded(loaded, 'en')).toBe(loaded);
    expect(localizeLoaded(loaded, 'ar').dataset.events[0]).toBe(localizeDataset(dataset, 'ar').events[0]);
  });
});

describe('untranslatedLanguage and translatedFrom', () => {
  const arabic = localizeDataset(dataset, 'ar');

  it('names the original’s language for the text a reader sees untranslated', () => {
    expect(untranslatedLanguage(arabic.events[0]!, 'title', dataset, 'ar')).toBeUndefined();
    expect(untranslatedLanguage(arabic.events[1]!, 'title', dataset, 'ar')).toBe('en');
    expect(untranslatedLanguage(arabic.events[2]!, 'title', dataset, 'ar')).toBeUndefined();
    expect(untranslatedLanguage(arabic.events[2]!, 'summary', dataset, 'ar')).toBe('en');
    expect(untranslatedLanguage(dataset.events[1]!, 'title', dataset, 'en')).toBeUndefined();
  });

  it('says nothing when the dataset does not name its language', () => {
    const { language: _unsaid, ...unsaid } = dataset;
    expect(untranslatedLanguage(dataset.events[1]!, 'title', unsaid, 'ar')).toBeUndefined();
  });

  it('names the language of the dataset’s own text where it is not the reader’s', () => {
    expect(ownTextLanguage(dataset, 'ar')).toBe('en');
    expect(ownTextLanguage(dataset, 'en')).toBeUndefined();
    expect(untranslatedDatasetLanguage(dataset, 'title', 'ar')).toBeUndefined();
    expect(untranslatedDatasetLanguage(dataset, 'description', 'ar')).toBe('en');
    expect(originalDataset(localizeDataset(dataset, 'ar'))).toBe(dataset);
  });

  it('tells a reader what the translation was made from', () => {
    expect(translatedFrom(dataset, 'ar')).toBe('en');
    expect(translatedFrom(dataset, 'en')).toBeUndefined();
  });
});
