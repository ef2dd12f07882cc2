import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset.ts';
import { seededRandom } from '../testing/seeded-random.ts';
import { createEventListSplitter } from './event-list-splitter.ts';

const fixture = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** Feeds `text` in random pieces; returns the records and the head. */
function split(text: string, seed: number, maxPiece = 40) {
  const random = seededRandom(seed);
  const records: string[] = [];
  let listStart: string | undefined;
  const splitter = createEventListSplitter((record) => records.push(record), (head) => (listStart = head));
  for (let at = 0; at < text.length; ) {
    const size = 1 + Math.floor(random() * maxPiece);
    splitter.push(text.slice(at, at + size));
    at += size;
  }
  return { records, head: splitter.end(), listStart };
}

const DOCUMENTS: [string, string][] = [
  ['the real dataset, pretty-printed', fixture('../../data/events.json')],
  ['the hostile fixture', fixture('../../e2e/fixtures/hostile.json')],
  ['the bad-records fixture', fixture('../../e2e/fixtures/bad-records.json')],
  ['500 synthetic events, compact', JSON.stringify(generateDataset({ count: 500, seed: 3 }))],
  [
    'strings with quotes, escapes and brackets, and records that are not objects',
    JSON.stringify({ version: 1, 'ev"ents': [1], title: 'a "quoted" ]}[{ \\ title', events: [{ t: 'x\\"}]' }, 'text, with ] comma', 42, null, [1, [2]], true, { e: [] }], series: [] }, null, 1),
  ],
];

describe('createEventListSplitter', () => {
  it.each(DOCUMENTS)('hands out every record and keeps the rest, in any pieces: %s', (_name, text) => {
    const whole = JSON.parse(text) as { events: unknown[] };
    for (const seed of [1, 2, 3]) {
      const { records, head, listStart } = split(text, seed, seed === 3 ? 5000 : 40);
      expect(records.map((record) => JSON.parse(record))).toEqual(whole.events);
      expect(JSON.parse(head!)).toEqual({ ...whole, events: [] });
      expect(listStart).toMatch(/"events":\s*\[$/);
    }
  });

  it('reads escapes and quotes right wherever a piece ends, even between a backslash and what it escapes', () => {
    const text = JSON.stringify({ version: 1, title: 'a\\"b', events: [{ t: '\\', u: 'c\\\\"d"\\' }, 'e\\"]}', { v: '"' }], series: [] });
    const whole = JSON.parse(text) as { events: unknown[] };
    for (let cut = 0; cut <= text.length; cut++) {
      const records: string[] = [];
      const splitter = createEventListSplitter((record) => records.push(record));
      splitter.push(text.slice(0, cut));
      splitter.push(text.slice(cut));
      expect(records.map((record) => JSON.parse(record)), `cut at ${cut}`).toEqual(whole.events);
      expect(JSON.parse(splitter.end()!), `cut at ${cut}`).toEqual({ ...whole, events: [] });
    }
  });

  it.each([
    ['cut off in a record', fixture('../../e2e/fixtures/truncated.json')],
    ['not an object', '[{"id": 1}]'],
    ['text before it', 'x{"events": []}'],
    ['text after it', '{"events": []} x'],
    ['two objects', '{"events": []}{"events": []}'],
    ['a second events list', '{"events": [1], "title": "t", "events": [2]}'],
    ['an unclosed string', '{"events": [], "title": "t'],
    ['no events list at all', '{"version": 1, "events": {}}'],
  ])('gives up (the caller reads the whole text instead): %s', (_name, text) => {
    expect(split(text, 1).head).toBeUndefined();
  });
});
