import { describe, expect, it } from 'vitest';
import { parseDataset } from '../data/parse-dataset.ts';
import defaultDataset from '../../data/events.json';
import { eventsToDataset, eventsToJson } from './events-to-json.ts';

const full = {
  version: 1,
  title: 'Test data',
  description: 'For the round trip',
  language: 'en',
  defaultLanguage: 'ar',
  i18n: { ar: { title: 'بيانات للاختبار', translatedFrom: 'en' } },
  updated: '2024-02-10',
  revision: '2024-02-10',
  publisher: 'Test desk',
  license: 'CC-BY-4.0',
  licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
  changes: [
    { date: '2024-02-10', events: ['full'], summary: 'Quote corrected' },
    { date: '2024-01-22', summary: 'First edition' },
  ],
  categories: [
    { id: 'strike', label: 'Strikes', color: '#0072B2', description: 'Air strikes', i18n: { ar: { label: 'ضربات' } } },
    { id: 'talks', label: 'Talks' },
  ],
  events: [
    {
      id: 'full',
      date: '2024-01-20T18:30+03:00',
      end: '2024-01-21',
      approximate: true,
      key: true,
      title: 'Everything </script> set',
      label: 'Everything, 😀 and بغداد',
      summary: 'A summary',
      category: 'strike',
      place: { name: 'Baghdad', country: 'Iraq', lat: 33.33, lon: 44.43, precision: 'town' },
      actors: ['A', 'B'],
      casualties: { killed: 0, injured: 3, note: 'officials said' },
      sources: [{ url: 'https://example.org/a', title: 'A', publisher: 'P', published: '2024-01-21', archived: 'https://web.archive.org/web/2024/https://example.org/a' }],
      tags: ['x'],
      status: 'disputed',
      updated: '2024-02-10',
      i18n: { ar: { title: 'كل شيء', summary: 'ملخص' } },
    },
    { id: 'bare', date: '2023-10', title: 'Month only', category: 'talks', sources: [{ url: 'https://example.org/b', title: 'B', publisher: 'Q' }] },
  ],
  series: [
    {
      id: 'count',
      label: 'Attacks',
      unit: 'attacks',
      points: [{ date: '2024-02-13', value: 165, qualifier: 'more-than', note: 'Singh', source: { url: 'https://example.org/c', publisher: 'R' } }],
    },
  ],
};

describe('eventsToJson', () => {
  it('round-trips through parseDataset: the same events, header, categories and series', () => {
    const { dataset } = parseDataset(full);
    const again = parseDataset(JSON.parse(eventsToJson(dataset, dataset.events)));
    expect(again.skipped).toEqual([]);
    expect(again.warnings).toEqual([]);
    expect(again.dataset).toEqual(dataset);
    expect(again.dataset).toMatchObject({ revision: '2024-02-10', publisher: 'Test desk', license: 'CC-BY-4.0', licenseUrl: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(again.dataset.changes.map((change) => [change.date.text, change.events, change.summary])).toEqual([
      ['2024-02-10', ['full'], 'Quote corrected'],
      ['2024-01-22', [], 'First edition'],
    ]);
    const event = again.dataset.events.find((item) => item.id === 'full')!;
    expect([event.status, event.updated?.text, event.sources[0]!.archived]).toEqual(['disputed', '2024-02-10', 'https://web.archive.org/web/2024/https://example.org/a']);
  });

  it('writes label and key: true where the event has them, and no key false', () => {
    const { dataset } = parseDataset({ ...full, events: [...full.events, { ...full.events[1]!, id: 'not-key', key: false }] });
    const file = eventsToDataset(dataset, dataset.events);
    const byId = (id: string) => file.events.find((event) => event.id === id)!;
    expect(byId('full')).toMatchObject({ key: true, label: 'Everything, 😀 and بغداد' });
    expect(byId('bare')).not.toHaveProperty('key');
    expect(byId('bare')).not.toHaveProperty('label');
    expect(byId('not-key')).not.toHaveProperty('key');
  });

  it('writes only the events given (the filtered ones)', () => {
    const { dataset } = parseDataset(full);
    const file = eventsToDataset(dataset, dataset.events.filter((event) => event.id === 'bare'));
    expect(file.version).toBe(1);
    expect(file.events.map((event) => event.id)).toEqual(['bare']);
    expect(file.categories).toHaveLength(2);
  });

  it('writes dates as they were written and leaves unset fields out', () => {
    const { dataset } = parseDataset(full);
    const file = eventsToDataset(dataset, dataset.events);
    const bare = file.events.find((event) => event.id === 'bare')!;
    expect(bare).toEqual({ id: 'bare', date: '2023-10', title: 'Month only', category: 'talks', sources: [{ url: 'https://example.org/b', title: 'B', publisher: 'Q' }] });
    expect(file.events.find((event) => event.id === 'full')!.date).toBe('2024-01-20T18:30+03:00');
  });

  it('round-trips the default dataset', () => {
    const { dataset } = parseDataset(defaultDataset);
    const again = parseDataset(JSON.parse(eventsToJson(dataset, dataset.events)));
    expect(again.skipped).toEqual([]);
    expect(again.dataset).toEqual(dataset);
  });
});
