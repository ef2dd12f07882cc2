import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DATE_PATTERN } from './calendar-date.ts';
import { buildDatasetJsonSchema } from './dataset-json-schema.ts';
import { DatasetSchema, SLUG_PATTERN } from './dataset-schema.ts';

// Read as text through Vite (src is typed for the browser, without Node's fs); a glob so that a
// missing file is an empty match rather than an import error.
const writtenFiles = import.meta.glob<string>('../../data/events.schema.json', { query: '?raw', import: 'default', eager: true });

type Node = Record<string, unknown>;

/** Walks into the schema by property names, failing clearly when a step is missing. */
function at(node: unknown, ...path: string[]): Node {
  let current = node;
  for (const key of path) {
    expect(current, `schema has no "${key}" on the way to ${path.join('.')}`).toBeTypeOf('object');
    current = (current as Node)[key];
  }
  expect(current, `schema has nothing at ${path.join('.')}`).toBeTypeOf('object');
  return current as Node;
}

const schema = buildDatasetJsonSchema();
const eventItems = at(schema, 'properties', 'events', 'items');
const eventProps = at(eventItems, 'properties');

describe('data/events.schema.json', () => {
  it('is up to date with the Valibot schema', () => {
    const written = writtenFiles['../../data/events.schema.json'] ?? '(file missing)';
    const expected = `${JSON.stringify(buildDatasetJsonSchema(), null, 2)}\n`;
    expect(written, 'data/events.schema.json is out of date: run npm run schema').toBe(expected);
  });
});

describe('buildDatasetJsonSchema', () => {
  it('is a draft 2020-12 schema with a title and description, and no $id', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['title']).toBe('conflict-timeline dataset, version 1');
    expect(schema['description']).toEqual(expect.stringContaining('Unknown fields are ignored'));
    expect(schema).not.toHaveProperty('$id');
    expect(Object.keys(schema).slice(0, 3)).toEqual(['$schema', 'title', 'description']);
  });

  it('requires the header fields and pins the version', () => {
    expect(schema['type']).toBe('object');
    expect(schema['required']).toEqual(expect.arrayContaining(['version', 'title', 'categories', 'events']));
    expect(at(schema, 'properties', 'version')['const']).toBe(1);
  });

  it('requires id, date, title, category and sources on every event', () => {
    expect(eventItems['type']).toBe('object');
    expect(eventItems['required']).toEqual(expect.arrayContaining(['id', 'date', 'title', 'category', 'sources']));
    for (const optional of ['end', 'approximate', 'key', 'label', 'place', 'actors', 'casualties', 'tags', 'summary']) {
      expect(eventItems['required']).not.toContain(optional);
    }
  });

  it('allows unknown fields (forward compatible)', () => {
    expect(schema['additionalProperties']).not.toBe(false);
    expect(eventItems['additionalProperties']).not.toBe(false);
  });

  it('constrains ids to slugs and dates to the written forms', () => {
    expect(at(eventProps, 'id')['pattern']).toBe(SLUG_PATTERN);
    expect(at(eventProps, 'date')['pattern']).toBe(DATE_PATTERN);
    expect(at(eventProps, 'end')['pattern']).toBe(DATE_PATTERN);
    const slug = new RegExp(at(eventProps, 'id')['pattern'] as string);
    expect(slug.test('us-strike-2024-01-12')).toBe(true);
    expect(slug.test('Bad_Id')).toBe(false);
    const date = new RegExp(at(eventProps, 'date')['pattern'] as string);
    for (const text of ['2023', '2023-10', '2023-10-07', '2023-10-07T06:29Z', '2024-01-20T18:30:05+03:00']) {
      expect(date.test(text), text).toBe(true);
    }
    for (const text of ['2023-1', '07/10/2023', '2024-01-20T18:30']) expect(date.test(text), text).toBe(false);
  });

  it('requires at least one source, each with url, title and publisher', () => {
    const sources = at(eventProps, 'sources');
    expect(sources['type']).toBe('array');
    expect(sources['minItems']).toBe(1);
    const source = at(sources, 'items');
    expect(source['required']).toEqual(expect.arrayContaining(['url', 'title', 'publisher']));
    expect(at(source, 'properties', 'url')['pattern']).toEqual('^[Hh][Tt][Tt][Pp][Ss]?:\\/\\/');
  });

  it('bounds the label to 40 characters and makes key a boolean', () => {
    expect(at(eventProps, 'label')).toMatchObject({ type: 'string', minLength: 1, maxLength: 40 });
    expect(at(eventProps, 'key')).toMatchObject({ type: 'boolean' });
  });

  it('bounds coordinates and names the place precisions', () => {
    const place = at(eventProps, 'place', 'properties');
    expect(at(place, 'lat')).toMatchObject({ type: 'number', minimum: -90, maximum: 90 });
    expect(at(place, 'lon')).toMatchObject({ type: 'number', minimum: -180, maximum: 180 });
    expect(at(place, 'precision')['enum']).toEqual(['exact', 'town', 'area', 'region']);
  });
});

describe('DatasetSchema (what the JSON Schema is generated from)', () => {
  const goodEvent = {
    id: 'one',
    date: '2024-01-04',
    title: 'One',
    category: 'attack',
    sources: [{ url: 'https://example.org/1', title: 'Report', publisher: 'Example' }],
  };
  const datasetWith = (event: unknown) => ({
    version: 1,
    title: 'T',
    categories: [{ id: 'attack', label: 'Attacks' }],
    events: [event],
  });

  it('accepts a complete event', () => {
    expect(v.safeParse(DatasetSchema, datasetWith(goodEvent)).success).toBe(true);
  });

  it.each(['title', 'id', 'date', 'category', 'sources'] as const)('rejects an event missing %s', (field) => {
    const event: Record<string, unknown> = { ...goodEvent };
    delete event[field];
    const result = v.safeParse(DatasetSchema, datasetWith(event));
    expect(result.success).toBe(false);
    expect(result.issues?.map((issue) => v.getDotPath(issue))).toContain(`events.0.${field}`);
  });

  // JSON Schema's maxLength counts code points; so must the app, or the two disagree on emoji.
  it.each([
    ['40 letters', 'x'.repeat(40), true],
    ['41 letters', 'x'.repeat(41), false],
    ['40 emoji (80 UTF-16 units)', '😀'.repeat(40), true],
    ['41 emoji', '😀'.repeat(41), false],
    ['40 Arabic letters, padded', `  ${'ب'.repeat(40)}  `, true],
    ['blank', '   ', false],
  ])('takes or refuses a label of %s like the JSON Schema', (_name, label, ok) => {
    expect(v.safeParse(DatasetSchema, datasetWith({ ...goodEvent, label })).success).toBe(ok);
  });

  it('rejects an event with an empty source list', () => {
    expect(v.safeParse(DatasetSchema, datasetWith({ ...goodEvent, sources: [] })).success).toBe(false);
  });
});
