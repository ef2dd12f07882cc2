import { afterEach, describe, expect, it } from 'vitest';
import { DatasetFormatError, parseDataset } from './parse-dataset.ts';
import type { RecordProblem } from './timeline-event.ts';

type Json = Record<string, unknown>;

function source(overrides: Json = {}): Json {
  return { url: 'https://example.org/report', title: 'A report', publisher: 'Example News', ...overrides };
}

function event(id: string, overrides: Json = {}): Json {
  return {
    id,
    date: '2024-01-04',
    title: `Event ${id}`,
    summary: 'What happened.',
    category: 'us-strike',
    sources: [source()],
    ...overrides,
  };
}

function dataset(events: unknown[], overrides: Json = {}): Json {
  return {
    version: 1,
    title: 'Test timeline',
    description: 'For tests.',
    updated: '2024-02-01',
    categories: [
      { id: 'us-strike', label: 'US strikes', color: '#112233' },
      { id: 'attack', label: 'Attacks' },
    ],
    events,
    ...overrides,
  };
}

/** Parses a dataset holding one good record and `record`, and returns the one problem. */
function problemOf(record: unknown): RecordProblem {
  const { dataset: loaded, skipped } = parseDataset(dataset([event('good'), record]));
  expect(loaded.events.map((e) => e.id)).toEqual(['good']);
  expect(skipped).toHaveLength(1);
  return skipped[0]!;
}

function without(record: Json, key: string): Json {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

describe('parseDataset: valid data', () => {
  it('loads every valid record, typed and sorted by time', () => {
    const { dataset: loaded, skipped } = parseDataset(
      dataset([
        event('c', { date: '2024-01-20T18:30+03:00' }),
        event('a', { date: '2023-10' }),
        event('b', { date: '2023-10-07', end: '2023-10-09', approximate: true, category: 'attack' }),
        event('d', { date: '2023' }),
        event('e', { date: '2023-10-01' }),
      ]),
    );
    expect(skipped).toEqual([]);
    // By start, then the shorter (more precise) one first.
    expect(loaded.events.map((e) => e.id)).toEqual(['d', 'e', 'a', 'b', 'c']);
    const b = loaded.events.find((e) => e.id === 'b')!;
    expect(b.approximate).toBe(true);
    expect(b.date.precision).toBe('day');
    expect(b.start).toBe(Date.UTC(2023, 9, 7));
    expect(b.stop).toBe(Date.UTC(2023, 9, 10)); // the end day is included
    const c = loaded.events.find((e) => e.id === 'c')!;
    expect(c.date.offsetMinutes).toBe(180);
    expect(c.start).toBe(Date.UTC(2024, 0, 20, 18, 30));
    expect(c.approximate).toBe(false);
    expect(c.actors).toEqual([]);
    expect(c.tags).toEqual([]);
  });

  it('sorts ties by stop, then keeps the dataset order', () => {
    const { dataset: loaded } = parseDataset(
      dataset([event('z'), event('m', { end: '2024-01-06' }), event('b'), event('a', { date: '2024-01' })]),
    );
    // 'a' (the month) starts on 1 Jan; z and b tie on start and stop, so they keep their order; m stops later.
    expect(loaded.events.map((e) => e.id)).toEqual(['a', 'z', 'b', 'm']);
    const reversed = parseDataset(dataset([event('b'), event('z')]));
    expect(reversed.dataset.events.map((e) => e.id)).toEqual(['b', 'z']);
  });

  it('reads the header, the categories and the updated date', () => {
    const { dataset: loaded } = parseDataset(dataset([event('a')], { license: 'CC BY 4.0' }));
    expect(loaded.title).toBe('Test timeline');
    expect(loaded.description).toBe('For tests.');
    expect(loaded.license).toBe('CC BY 4.0');
    expect(loaded.updated?.text).toBe('2024-02-01');
    expect(loaded.updated?.start).toBe(Date.UTC(2024, 1, 1));
    expect(loaded.categories.map((c) => c.id)).toEqual(['us-strike', 'attack']);
    expect(loaded.categories[0]!.color).toBe('#112233');
    expect(loaded.categories[1]!.color).toMatch(/^#[0-9A-Fa-f]{6}$/);
  });

  it('keeps the first of two categories with one id', () => {
    const { dataset: loaded } = parseDataset(
      dataset([event('a')], {
        categories: [
          { id: 'us-strike', label: 'First' },
          { id: 'us-strike', label: 'Second' },
        ],
      }),
    );
    expect(loaded.categories).toHaveLength(1);
    expect(loaded.categories[0]!.label).toBe('First');
  });

  it('reads sources with a publication date and normalised url', () => {
    const { dataset: loaded } = parseDataset(
      dataset([event('a', { sources: [source({ url: 'HTTPS://Example.org/x', published: '2024-01-05' })] })]),
    );
    const [first] = loaded.events[0]!.sources;
    expect(first!.url).toBe('https://example.org/x');
    expect(first!.published?.text).toBe('2024-01-05');
  });

  it('reads place, actors, casualties and tags', () => {
    const place = { name: 'Sanaa', country: 'Yemen', lat: 15.35, lon: 44.2, precision: 'town' };
    const { dataset: loaded } = parseDataset(
      dataset([event('a', { place, actors: ['US'], casualties: { killed: 3, note: 'per officials' }, tags: ['air'] })]),
    );
    const a = loaded.events[0]!;
    expect(a.place).toEqual(place);
    expect(a.actors).toEqual(['US']);
    expect(a.casualties).toEqual({ killed: 3, note: 'per officials' });
    expect(a.tags).toEqual(['air']);
  });

  it('reads a label (trimmed) and a key; an event without them has no label and key false', () => {
    const { dataset: loaded } = parseDataset(
      dataset([event('a', { label: '  Tower 22  ', key: true }), event('b', { key: false }), event('c')]),
    );
    const [a, b, c] = loaded.events;
    expect(a).toMatchObject({ label: 'Tower 22', key: true });
    expect(b!.label).toBeUndefined();
    expect(b!.key).toBe(false);
    expect(c!.label).toBeUndefined();
    expect(c!.key).toBe(false);
  });

  it('accepts a label of 40 characters however many UTF-16 units they take', () => {
    const label = '😀'.repeat(40);
    const { dataset: loaded, skipped } = parseDataset(dataset([event('a', { label })]));
    expect(skipped).toEqual([]);
    expect(loaded.events[0]!.label).toBe(label);
  });

  it('accepts an end equal to the date and an end less precise than the date', () => {
    const { dataset: loaded, skipped } = parseDataset(
      dataset([event('a', { end: '2024-01-04' }), event('b', { date: '2024-01-04', end: '2024-01' })]),
    );
    expect(skipped).toEqual([]);
    expect(loaded.events).toHaveLength(2);
  });

  it('ignores unknown fields at every level', () => {
    const { dataset: loaded, skipped } = parseDataset(
      dataset([event('a', { extra: 'x', sources: [source({ mirror: 'https://archive.org/x' })], place: { name: 'Gaza', zoom: 3 } })], {
        future: { nested: true },
        categories: [{ id: 'us-strike', label: 'US strikes', icon: 'x' }],
      }),
    );
    expect(skipped).toEqual([]);
    const a = loaded.events[0]!;
    expect(a).not.toHaveProperty('extra');
    expect(a.sources[0]).not.toHaveProperty('mirror');
    expect(a.place).not.toHaveProperty('zoom');
    expect(loaded.categories[0]).not.toHaveProperty('icon');
    expect(loaded).not.toHaveProperty('future');
  });

  it('sorts series points, drops points with impossible dates or unsafe sources', () => {
    const { dataset: loaded } = parseDataset(
      dataset([], {
        series: [
          {
            id: 'killed',
            label: 'Killed',
            unit: 'people',
            points: [
              { date: '2024-01-10', value: 30, qualifier: 'at-least' },
              { date: '2023-02-30', value: 99 },
              { date: '2024-01-01', value: 10, source: { url: 'https://', title: 'x' } },
            ],
          },
        ],
      }),
    );
    const [series] = loaded.series;
    expect(series!.points.map((p) => p.value)).toEqual([10, 30]);
    expect(series!.points[0]!.source).toBeUndefined();
    expect(series!.points[1]!.qualifier).toBe('at-least');
  });

  it('loads a dataset with no events', () => {
    const { dataset: loaded, skipped } = parseDataset(dataset([]));
    expect(loaded.events).toEqual([]);
    expect(skipped).toEqual([]);
    expect(loaded.series).toEqual([]);
  });
});

describe('parseDataset: per-record rules skip the record and say why', () => {
  it.each(['title', 'id', 'date', 'category', 'sources'])('skips a record missing %s', (field) => {
    const problem = problemOf(without(event('bad'), field));
    expect(problem.index).toBe(1);
    expect(problem.field).toBe(field);
    expect(problem.id).toBe(field === 'id' ? undefined : 'bad');
    expect(problem.reason).toMatch(/\S/);
  });

  it('skips a record whose title is only whitespace', () => {
    expect(problemOf(event('bad', { title: '   ' }))).toMatchObject({ id: 'bad', field: 'title', reason: 'title is empty' });
  });

  it('skips a record whose label is longer than 40 characters, and says by how much', () => {
    expect(problemOf(event('bad', { label: 'x'.repeat(52) }))).toEqual({
      index: 1,
      id: 'bad',
      field: 'label',
      reason: 'label is longer than 40 characters (52): shorten it or leave it out',
    });
    // Counted as the reader sees them: 41 emoji are 41 characters, not 82.
    expect(problemOf(event('bad', { label: '😀'.repeat(41) }))).toMatchObject({
      reason: 'label is longer than 40 characters (41): shorten it or leave it out',
    });
  });

  it.each([
    ['', 'label is empty'],
    ['   ', 'label is empty'],
    [7, 'label must be text'],
  ])('skips a record whose label is %j', (label, reason) => {
    expect(problemOf(event('bad', { label }))).toEqual({ index: 1, id: 'bad', field: 'label', reason });
  });

  it.each(['yes', 1, null])('skips a record whose key is %j', (key) => {
    expect(problemOf(event('bad', { key }))).toEqual({ index: 1, id: 'bad', field: 'key', reason: 'key must be true or false' });
  });

  it('skips a record with no sources', () => {
    expect(problemOf(event('bad', { sources: [] }))).toEqual({
      index: 1,
      id: 'bad',
      field: 'sources',
      reason: 'at least one source is required',
    });
  });

  it('skips a record whose source lacks a title or publisher', () => {
    expect(problemOf(event('bad', { sources: [without(source(), 'title')] }))).toMatchObject({ field: 'sources.0.title' });
    expect(problemOf(event('bad', { sources: [source(), without(source(), 'publisher')] }))).toMatchObject({
      field: 'sources.1.publisher',
    });
  });

  it('skips a record whose id is not a slug', () => {
    expect(problemOf(event('Bad Id'))).toMatchObject({ index: 1, id: 'Bad Id', field: 'id' });
    expect(problemOf(event('a--b'))).toMatchObject({ field: 'id' });
  });

  it.each([
    ['2023-02-30', /calendar date/],
    ['2023-13-01', /no month 13/],
    ['2024-01-04T25:00Z', /time of day/],
    ['2023-02-29', /calendar date/],
  ])('skips a record with the impossible date %s', (date, reason) => {
    const problem = problemOf(event('bad', { date }));
    expect(problem).toMatchObject({ index: 1, id: 'bad', field: 'date' });
    expect(problem.reason).toMatch(reason);
  });

  it('skips a record whose date is not in one of the written forms', () => {
    expect(problemOf(event('bad', { date: '04/01/2024' }))).toMatchObject({ field: 'date' });
    expect(problemOf(event('bad', { date: 20240104 }))).toMatchObject({ field: 'date' });
  });

  it('skips a record whose end is before its date', () => {
    const problem = problemOf(event('bad', { date: '2024-01-04', end: '2024-01-03' }));
    expect(problem).toMatchObject({ index: 1, id: 'bad', field: 'end' });
    expect(problem.reason).toContain('before');
  });

  it('skips a record whose end is impossible', () => {
    expect(problemOf(event('bad', { end: '2024-02-30' }))).toMatchObject({ field: 'end' });
  });

  it('rejects the later of two records with one id', () => {
    const { dataset: loaded, skipped } = parseDataset(
      dataset([event('same', { title: 'First' }), event('other'), event('same', { title: 'Second' })]),
    );
    expect(loaded.events.find((e) => e.id === 'same')!.title).toBe('First');
    expect(loaded.events).toHaveLength(2);
    expect(skipped).toEqual([{ index: 2, id: 'same', field: 'id', reason: expect.stringContaining('duplicate') }]);
  });

  it('skips a record in an unknown category', () => {
    const problem = problemOf(event('bad', { category: 'unknown-thing' }));
    expect(problem).toMatchObject({ index: 1, id: 'bad', field: 'category' });
    expect(problem.reason).toContain('unknown-thing');
  });

  it.each([
    ['lat', 90.5],
    ['lat', -91],
    ['lon', 180.01],
    ['lon', -200],
    ['lat', '15'],
  ])('skips a record with place.%s = %j', (key, value) => {
    const problem = problemOf(event('bad', { place: { name: 'Somewhere', lat: 10, lon: 10, [key]: value } }));
    expect(problem).toMatchObject({ index: 1, id: 'bad', field: `place.${key}` });
  });

  it('accepts the edges of the lat/lon ranges', () => {
    const { skipped } = parseDataset(dataset([event('a', { place: { name: 'Pole', lat: -90, lon: 180 } })]));
    expect(skipped).toEqual([]);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    '  JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.org/x',
    '//example.org/x',
    'https://',
    'https://exa mple.org/',
  ])('skips a record whose source url is %j', (url) => {
    const problem = problemOf(event('bad', { sources: [source(), source({ url })] }));
    expect(problem).toMatchObject({ index: 1, id: 'bad', field: 'sources.1.url' });
  });

  it('skips a record whose source publication date is impossible', () => {
    expect(problemOf(event('bad', { sources: [source({ published: '2024-02-30' })] }))).toMatchObject({
      field: 'sources.0.published',
    });
  });

  it.each([null, 'a string', 42, true])('skips a record that is %j instead of an object', (record) => {
    const problem = problemOf(record);
    expect(problem.index).toBe(1);
    expect(problem.id).toBeUndefined();
    expect(problem.field).toBe('(record)');
  });

  it('skips a record that is a list', () => {
    const problem = problemOf(['a', 'list']);
    expect(problem.index).toBe(1);
    expect(problem.id).toBeUndefined();
  });

  it('reports every bad record with its own index and keeps the rest', () => {
    const { dataset: loaded, skipped } = parseDataset(
      dataset([event('bad-date', { date: '2023-02-30' }), event('ok-1'), event('bad-cat', { category: 'x' }), event('ok-2')]),
    );
    expect(loaded.events.map((e) => e.id)).toEqual(['ok-1', 'ok-2']);
    expect(skipped.map((p) => [p.index, p.id, p.field])).toEqual([
      [0, 'bad-date', 'date'],
      [2, 'bad-cat', 'category'],
    ]);
  });
});

describe('parseDataset: hostile input', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>)['polluted'];
  });

  it('treats __proto__ and constructor keys as plain unknown fields', () => {
    const text = `{
      "__proto__": { "polluted": 1 },
      "constructor": { "prototype": { "polluted": 2 } },
      "version": 1, "title": "T",
      "categories": [ { "__proto__": { "polluted": 3 }, "id": "attack", "label": "Attacks" } ],
      "events": [
        { "__proto__": { "polluted": 4 }, "constructor": { "polluted": 5 },
          "id": "constructor", "date": "2024-01-04", "title": "A", "category": "attack",
          "place": { "__proto__": { "polluted": 6 }, "name": "X" },
          "sources": [ { "__proto__": { "polluted": 7 }, "url": "https://example.org", "title": "S", "publisher": "P" } ] },
        { "__proto__": { "title": "smuggled through the prototype" },
          "id": "no-title", "date": "2024-01-04", "category": "attack",
          "sources": [ { "url": "https://example.org", "title": "S", "publisher": "P" } ] }
      ]
    }`;
    const { dataset: loaded, skipped } = parseDataset(JSON.parse(text));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(loaded.events.map((e) => e.id)).toEqual(['constructor']);
    const [first] = loaded.events;
    expect(Object.getPrototypeOf(first)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(first!.place)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(first!.sources[0])).toBe(Object.prototype);
    expect(Object.getPrototypeOf(loaded.categories[0])).toBe(Object.prototype);
    expect((first as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
    // A title on a __proto__ key is not a title.
    expect(skipped).toEqual([{ index: 1, id: 'no-title', field: 'title', reason: expect.any(String) }]);
  });

  it('does not mutate its input (deep-frozen input parses the same)', () => {
    const input = dataset(
      [
        event('b', { title: '  Padded title  ', date: '2024-02-01' }),
        event('a', { sources: [source({ title: ' spaced ' })] }),
        event('bad', { date: '2023-02-30' }),
      ],
      { series: [{ id: 's', label: 'S', points: [{ date: '2024-02', value: 2 }, { date: '2024-01', value: 1 }] }] },
    );
    const before = structuredClone(input);
    const frozen = deepFreeze(input);
    const { dataset: loaded } = parseDataset(frozen);
    expect(input).toEqual(before);
    expect(loaded.events.map((e) => e.title)).toEqual(['Event a', 'Padded title']);
    expect(loaded.series[0]!.points.map((p) => p.value)).toEqual([1, 2]);
    // The input's own arrays keep their order.
    expect((input['events'] as Json[]).map((e) => e['id'])).toEqual(['b', 'a', 'bad']);
  });
});

describe('parseDataset: a wrong top-level shape throws DatasetFormatError', () => {
  it.each([
    ['null', null],
    ['a list', []],
    ['a string', 'events'],
    ['a number', 1],
    ['undefined', undefined],
  ])('rejects %s', (_name, json) => {
    expect(() => parseDataset(json)).toThrow(DatasetFormatError);
  });

  it('names what it got instead of an object', () => {
    expect(() => parseDataset([])).toThrow(/a list/);
    expect(() => parseDataset(null)).toThrow(/null/);
  });

  it.each([
    ['no version', (d: Json) => without(d, 'version'), /version/],
    ['version 2', (d: Json) => ({ ...d, version: 2 }), /version must be 1/],
    ['version "1"', (d: Json) => ({ ...d, version: '1' }), /version/],
    ['no title', (d: Json) => without(d, 'title'), /title/],
    ['no categories', (d: Json) => without(d, 'categories'), /categories/],
    ['no events', (d: Json) => without(d, 'events'), /events/],
    ['events as an object', (d: Json) => ({ ...d, events: { a: 1 } }), /events must be a list/],
  ])('rejects a dataset with %s', (_name, change, message) => {
    const error = (() => {
      try {
        parseDataset(change(dataset([event('a')])));
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(DatasetFormatError);
    expect((error as Error).name).toBe('DatasetFormatError');
    expect((error as Error).message).toMatch(message);
  });
});
