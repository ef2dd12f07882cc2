import { describe, expect, it } from 'vitest';
import { localizeDataset } from '../data/localize-dataset.ts';
import { parseDataset } from '../data/parse-dataset.ts';
import { buildExport } from './export-formats.ts';

const { dataset } = parseDataset({
  version: 1,
  title: 'Strikes',
  language: 'en',
  i18n: { ar: { title: 'ضربات' } },
  categories: [{ id: 'strike', label: 'US strikes', i18n: { ar: { label: 'ضربات أمريكية' } } }],
  events: [
    {
      id: 'baghdad', date: '2024-01-04', title: 'US strike in Baghdad', category: 'strike',
      sources: [{ url: 'https://example.org/a', title: 'A', publisher: 'P' }],
      i18n: { ar: { title: 'ضربة أمريكية في بغداد' } },
    },
  ],
});

interface ExportedFile {
  title: string;
  i18n: unknown;
  categories: { label: string }[];
  events: { title: string; i18n: unknown }[];
}

describe('buildExport of a dataset the page shows in Arabic', () => {
  const arabic = localizeDataset(dataset, 'ar');
  const input = { dataset: arabic, events: arabic.events, lanes: arabic.categories, window: { from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 0, 8) } };

  it('writes the JSON as the file has it, translations kept in i18n', async () => {
    const file = JSON.parse(await (await buildExport('json', input)).text()) as ExportedFile;
    expect(file.title).toBe('Strikes');
    expect(file.i18n).toEqual({ ar: { title: 'ضربات' } });
    expect(file.categories[0]!.label).toBe('US strikes');
    expect(file.events[0]!.title).toBe('US strike in Baghdad');
    expect(file.events[0]!.i18n).toEqual({ ar: { title: 'ضربة أمريكية في بغداد' } });
  });

  it('writes the CSV with the original titles, translations in their own columns', async () => {
    const [header, , , event] = (await (await buildExport('csv', input)).text()).split('\r\n').map((line) => line.split(','));
    expect(event![header!.indexOf('title')]).toBe('US strike in Baghdad');
    expect(event![header!.indexOf('title_ar')]).toBe('ضربة أمريكية في بغداد');
  });
});
