import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset.ts';
import { seededRandom } from '../testing/seeded-random.ts';
import { EventSchema } from './dataset-schema.ts';
import { fastCheckEvent } from './fast-event-check.ts';

type Json = Record<string, unknown>;

const readEvents = (path: string): unknown[] => (JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { events: unknown[] }).events;

const realEvents = readEvents('../../data/events.json');
const fixtureEvents = ['valid', 'bad-records', 'hostile'].flatMap((name) => readEvents(`../../e2e/fixtures/${name}.json`));
const syntheticEvents = generateDataset({ count: 2000, seed: 7 }).events as unknown[];

/** The schema library's verdict, which the fast path must never contradict. */
function schemaOutput(record: unknown): unknown {
  const result = v.safeParse(EventSchema, record);
  return result.success ? result.output : undefined;
}

function expectAgreement(record: unknown) {
  const fast = fastCheckEvent(record);
  const schema = schemaOutput(record);
  if (fast !== undefined) expect(fast).toStrictEqual(schema);
  if (schema === undefined) expect(fast).toBeUndefined();
}

// Values that each break some rule, or sit right on its edge.
const ODD_VALUES: unknown[] = [
  undefined, null, '', '   ', ' padded ', 0, -1, 1.5, 91, -181, 180, true, 'true', [], ['a', 1], {}, 'x'.repeat(3),
  '2024-02-30', '2024-1-4', '2024-01-04T10:00', '2024-01-04T10:00Z', 'javascript:alert(1)', 'HTTPS://example.org', 'ftp://x',
  'Bad Slug', 'ok-slug', 'town', 'planet', 'claimed', 'disputed', 'Confirmed', 'https://web.archive.org/web/2024/https://example.org/',
  // Labels on either side of 40 characters, counted in code points (an emoji is two UTF-16 units).
  'x'.repeat(40), 'x'.repeat(41), ` ${'x'.repeat(40)} `, '😀'.repeat(40), '😀'.repeat(41), false,
];

/** A copy of a record with one field, at any depth, replaced or removed. */
function mutate(record: Json, random: () => number): Json {
  const copy = structuredClone(record);
  const containers: Json[] = [copy];
  for (const value of Object.values(copy)) {
    if (Array.isArray(value)) containers.push(...value.filter((item): item is Json => typeof item === 'object' && item !== null));
    else if (typeof value === 'object' && value !== null) containers.push(value as Json);
  }
  // Translations sit one level further down: i18n → language → title, label, summary.
  const i18n = copy.i18n;
  if (typeof i18n === 'object' && i18n !== null && !Array.isArray(i18n)) {
    containers.push(...Object.values(i18n as Json).filter((entry): entry is Json => typeof entry === 'object' && entry !== null && !Array.isArray(entry)));
  }
  const target = containers[Math.floor(random() * containers.length)]!;
  const keys = [...Object.keys(target), 'place', 'casualties', 'actors', 'tags', 'killed', 'lat', 'precision', 'published', 'label', 'key', 'status', 'updated', 'archived', 'extra', 'i18n', 'ar', 'title', 'summary'];
  const key = keys[Math.floor(random() * keys.length)]!;
  const value = ODD_VALUES[Math.floor(random() * ODD_VALUES.length)];
  if (value === undefined) delete target[key];
  else target[key] = value;
  return copy;
}

describe('fastCheckEvent', () => {
  it('gives the schema’s output for every record of the real dataset', () => {
    for (const record of realEvents) expect(fastCheckEvent(record)).toStrictEqual(schemaOutput(record));
  });

  it('takes the common case itself: every record of the real and synthetic datasets', () => {
    const missed = [...realEvents, ...syntheticEvents].filter((record) => fastCheckEvent(record) === undefined);
    expect(missed).toEqual([]);
  });

  it('never accepts what the schema rejects, nor differs in what it accepts: fixtures', () => {
    for (const record of fixtureEvents) expectAgreement(record);
  });

  it('never accepts what the schema rejects, nor differs in what it accepts: 20,000 random mutations', () => {
    const random = seededRandom(42);
    const bases = [...realEvents, ...syntheticEvents.slice(0, 200), ...fixtureEvents] as Json[];
    let rejected = 0;
    for (let i = 0; i < 20_000; i++) {
      let record = bases[Math.floor(random() * bases.length)]!;
      if (typeof record !== 'object' || record === null) continue;
      for (let n = 1 + Math.floor(random() * 2); n > 0; n--) record = mutate(record, random);
      expectAgreement(record);
      if (schemaOutput(record) === undefined) rejected++;
    }
    // The mutations must reach both verdicts for the comparison to mean anything.
    expect(rejected).toBeGreaterThan(2_000);
    expect(rejected).toBeLessThan(18_000);
  });

  it('trims text, fills defaults and drops unknown keys, like the schema', () => {
    const record = {
      id: 'a-b', date: '2024-01-04', title: '  Title  ', category: ' strike ', extra: 1, ['__proto__']: { polluted: true },
      sources: [{ url: 'https://example.org/', title: ' T ', publisher: ' P ', more: 2 }],
      place: { name: ' Baghdad ', country: ' Iraq ', lat: 33.3, lon: 44.4, other: 3 },
    };
    const checked = fastCheckEvent(JSON.parse(JSON.stringify(record)));
    expect(checked).toStrictEqual({
      id: 'a-b', date: '2024-01-04', title: 'Title', summary: '', category: 'strike', actors: [], tags: [],
      sources: [{ url: 'https://example.org/', title: 'T', publisher: 'P' }],
      place: { name: 'Baghdad', country: ' Iraq ', lat: 33.3, lon: 44.4 },
    });
    expect(Object.prototype.hasOwnProperty.call(checked, '__proto__')).toBe(false);
  });

  describe('label, key and translations', () => {
    const base: Json = { id: 'a', date: '2024', title: 'T', category: 'c', sources: [{ url: 'http://e.org', title: 't', publisher: 'p' }] };

    it.each([
      ['a label, trimmed', { label: '  Strike on Tower 22  ' }],
      ['a 40-character label', { label: 'x'.repeat(40) }],
      ['40 emoji: 80 UTF-16 units, 40 characters', { label: '😀'.repeat(40) }],
      ['40 Arabic letters', { label: 'ب'.repeat(40) }],
      ['key true', { key: true }],
      ['key false', { key: false }],
      ['both', { label: 'Tower 22', key: true }],
      ['an Arabic title, label and summary', { i18n: { ar: { title: 'ضربة', label: 'ضربة في بغداد', summary: 'نص.' } } }],
      ['two languages, one field each', { i18n: { ar: { title: 'ضربة' }, 'fr-CA': { summary: 'Texte.' } } }],
      ['a 40-letter translated label', { i18n: { ar: { label: 'ب'.repeat(40) } } }],
      ['no translations', { i18n: {} }],
    ])('takes %s itself, with the schema’s output', (_name, fields) => {
      const record = { ...base, ...fields };
      const fast = fastCheckEvent(record);
      expect(fast).toBeDefined();
      expect(fast).toStrictEqual(schemaOutput(record));
    });

    it.each([
      ['a 41-character label', { label: 'x'.repeat(41) }],
      ['41 emoji', { label: '😀'.repeat(41) }],
      ['an empty label', { label: '' }],
      ['a blank label', { label: '   ' }],
      ['a label that is not text', { label: 12 }],
      ['a key that is not a boolean', { key: 'yes' }],
      ['a key of 1', { key: 1 }],
      ['a key of null', { key: null }],
      ['a 41-letter translated label', { i18n: { ar: { label: 'ب'.repeat(41) } } }],
      ['an empty translated title', { i18n: { ar: { title: ' ' } } }],
      ['a key of i18n that is not a language tag', { i18n: { Arabic: { title: 'ضربة' } } }],
      ['a translation that is not an object', { i18n: { ar: 'ضربة' } }],
      ['i18n as a list', { i18n: [{ title: 'ضربة' }] }],
      ['a translated summary that is not text', { i18n: { ar: { summary: 3 } } }],
    ])('leaves %s to the schema, which rejects it', (_name, fields) => {
      const record = { ...base, ...fields };
      expect(fastCheckEvent(record)).toBeUndefined();
      expect(schemaOutput(record)).toBeUndefined();
    });
  });

  describe('translations (i18n)', () => {
    const base: Json = { id: 'a', date: '2024', title: 'T', category: 'c', sources: [{ url: 'http://e.org', title: 't', publisher: 'p' }] };

    it('leaves untrimmed text and unknown keys to the schema, which trims and drops them', () => {
      const record = { ...base, i18n: { ar: { title: ' ضربة ', note: 'x' } } };
      expect(fastCheckEvent(record)).toBeUndefined();
      expect((schemaOutput(record) as { i18n: unknown }).i18n).toStrictEqual({ ar: { title: 'ضربة' } });
    });
  });

  it('returns new lists, never the input’s', () => {
    const record: Json = { id: 'a', date: '2024', title: 'T', category: 'c', actors: ['x'], tags: ['y'], sources: [{ url: 'http://e.org', title: 't', publisher: 'p' }] };
    const checked = fastCheckEvent(record)!;
    expect(checked.actors).not.toBe(record.actors);
    expect(checked.tags).not.toBe(record.tags);
    expect(checked.sources).not.toBe(record.sources);
  });
});
