import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset.ts';
import { seededRandom } from '../testing/seeded-random.ts';
import { parseDataset } from './parse-dataset.ts';
import { createStreamingDataset } from './stream-dataset.ts';

const fixture = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

function stream(text: string, seed: number) {
  const random = seededRandom(seed);
  const streaming = createStreamingDataset();
  for (let at = 0; at < text.length; ) {
    const size = 1 + Math.floor(random() * 3000);
    streaming.push(text.slice(at, at + size));
    at += size;
  }
  let records: number | undefined;
  const loaded = streaming.finish((count) => (records = count));
  return { loaded, records };
}

const synthetic = generateDataset({ count: 2000, seed: 9 });
const { categories, ...withoutCategories } = synthetic;
const real = JSON.parse(fixture('../../data/events.json')) as Record<string, unknown>;

const DOCUMENTS: [string, string][] = [
  ['the real dataset (series after the events)', JSON.stringify(real, null, 2)],
  ['the bad-records fixture', fixture('../../e2e/fixtures/bad-records.json')],
  ['the hostile fixture', fixture('../../e2e/fixtures/hostile.json')],
  ['the deceptive fixture', fixture('../../e2e/fixtures/deceptive.json')],
  ['2,000 synthetic events', JSON.stringify(synthetic)],
  ['categories after the events', JSON.stringify({ ...withoutCategories, categories })],
  ['an event list that is not all objects', JSON.stringify({ version: 1, title: 'T', categories: [{ id: 'c', label: 'C' }], events: [null, 'x', 3, []] })],
];

describe('createStreamingDataset', () => {
  it.each(DOCUMENTS)('gives what parseDataset gives for the whole text: %s', (_name, text) => {
    const whole = parseDataset(JSON.parse(text));
    for (const seed of [1, 2]) {
      const { loaded, records } = stream(text, seed);
      expect(loaded).toEqual(whole);
      expect(records).toBe((JSON.parse(text) as { events: unknown[] }).events.length);
    }
  });

  it.each([
    ['a TimelineJS file', fixture('../../e2e/fixtures/timelinejs.json')],
    ['a cut-off file', fixture('../../e2e/fixtures/truncated.json')],
    ['a record that is not valid JSON', '{"version": 1, "title": "T", "categories": [], "events": [{"id": x}]}'],
    ['version 2', '{"version": 2, "title": "T", "categories": [], "events": []}'],
    ['no title', '{"version": 1, "categories": [], "events": [{"id": "a"}]}'],
    ['a web page', '<!doctype html><html></html>'],
    ['a CSV file', 'event_id_cnty,event_date\nIRQ1,2024-01-04\n'],
  ])('leaves the whole text to the usual reader: %s', (_name, text) => {
    expect(stream(text, 1).loaded).toBeUndefined();
  });
});
