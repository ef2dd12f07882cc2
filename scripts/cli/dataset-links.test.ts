import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset.ts';
import { datasetLinks } from './dataset-links.ts';

const source = (url: string, extra: object = {}) => ({ url, title: 'T', publisher: 'P', ...extra });
const event = (id: string, date: string, sources: object[]) => ({ id, date, title: id, category: 'c', sources });

function linksOf(raw: { events: object[]; series?: object[] }) {
  const json = { version: 1, title: 'D', categories: [{ id: 'c', label: 'C' }], ...raw };
  return datasetLinks(parseDataset(json).dataset, json);
}

describe('datasetLinks', () => {
  it('lists each URL once, with every place that uses it, in the order the app sorts events', () => {
    const links = linksOf({
      events: [
        event('later', '2024-02-01', [source('https://a.example/1'), source('HTTPS://A.example/2')]),
        event('earlier', '2024-01-01', [source('https://a.example/2', { archived: 'https://archive.example/a2' })]),
      ],
    });
    expect(links).toEqual([
      { url: 'https://a.example/2', uses: [{ event: 'earlier', source: 0, field: 'url' }, { event: 'later', source: 1, field: 'url' }] },
      { url: 'https://archive.example/a2', uses: [{ event: 'earlier', source: 0, field: 'archived' }] },
      { url: 'https://a.example/1', uses: [{ event: 'later', source: 0, field: 'url' }] },
    ]);
  });

  it('keeps an archived value that is no URL, to be reported, and ignores one that is not text', () => {
    const links = linksOf({ events: [event('e', '2024-01-01', [source('https://a.example/', { archived: 'not a url' }), source('https://b.example/', { archived: 42 })])] });
    expect(links.map((link) => link.url)).toEqual(['https://a.example/', 'not a url', 'https://b.example/']);
  });

  it('reads archived from the record the parser kept when an id repeats', () => {
    const links = linksOf({
      events: [
        event('same', 'not a date', [source('https://skipped.example/', { archived: 'https://archive.example/skipped' })]),
        event('same', '2024-01-01', [source('https://kept.example/', { archived: 'https://archive.example/kept' })]),
      ],
    });
    expect(links.map((link) => link.url)).toEqual(['https://kept.example/', 'https://archive.example/kept']);
  });

  it('includes the sources of series points', () => {
    const links = linksOf({
      events: [event('e', '2024-01-01', [source('https://a.example/')])],
      series: [{ id: 'attacks', label: 'Attacks', unit: 'attacks', points: [{ date: '2024-01-22', value: 150, source: { url: 'https://a.example/' } }] }],
    });
    expect(links).toEqual([{ url: 'https://a.example/', uses: [{ event: 'e', source: 0, field: 'url' }, { series: 'attacks', point: '2024-01-22', field: 'url' }] }]);
  });

  it('works without the raw JSON (imported formats)', () => {
    const json = { version: 1, title: 'D', categories: [{ id: 'c', label: 'C' }], events: [event('e', '2024-01-01', [source('https://a.example/', { archived: 'https://x.example/' })])] };
    expect(datasetLinks(parseDataset(json).dataset).map((link) => link.url)).toEqual(['https://a.example/']);
  });
});
