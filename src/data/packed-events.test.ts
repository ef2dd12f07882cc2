import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset.ts';
import { eventsToJson } from '../export/events-to-json.ts';
import { packEvents } from './event-packer.ts';
import { unpackEvents } from './packed-events.ts';
import { parseDataset } from './parse-dataset.ts';
import type { Dataset, TimelineEvent } from './timeline-event.ts';

const load = (path: string): Dataset => parseDataset(JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'))).dataset;

const DATASETS: [string, Dataset][] = [
  ['the real dataset', load('../../data/events.json')],
  ['the valid fixture', load('../../e2e/fixtures/valid.json')],
  ['the hostile fixture', load('../../e2e/fixtures/hostile.json')],
  ['2,000 synthetic events', parseDataset(generateDataset({ count: 2000, seed: 5 })).dataset],
  // Statuses, updated dates and archived copies, some sources without one (last: tests pick the others by place).
  ['the deceptive fixture', load('../../e2e/fixtures/deceptive.json')],
];

/** Every field of the interface, read through whatever getters the object has. */
function plain(event: TimelineEvent) {
  const { id, title, label, key, summary, category, date, end, approximate, place, actors, casualties, sources, tags, status, updated, start, stop } = event;
  return { id, title, label, key, summary, category, date, end, approximate, place, actors, casualties, sources, tags, status, updated, start, stop };
}

/** As the page gets it: cloned, with the typed arrays transferred. */
function handOver(events: readonly TimelineEvent[]): TimelineEvent[] {
  const { packed, transfer } = packEvents(events);
  return unpackEvents(structuredClone(packed, { transfer }));
}

describe('packEvents → unpackEvents', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(DATASETS)('gives back every field of every event: %s', (_name, dataset) => {
    const events = handOver(dataset.events);
    expect(events.map(plain)).toEqual(dataset.events.map(plain));
  });

  it('exports the same JSON as the events it came from', () => {
    const [, dataset] = DATASETS[0]!;
    expect(eventsToJson(dataset, handOver(dataset.events))).toBe(eventsToJson(dataset, dataset.events));
  });

  it('sends repeated dates, places and actor lists once', () => {
    const { events } = DATASETS[3]![1];
    const { packed } = packEvents(events);
    const distinctDates = new Set(events.flatMap((event) => [event.date.text, ...(event.end ? [event.end.text] : [])]));
    expect(packed.dates.start).toHaveLength(distinctDates.size);
    expect(distinctDates.size).toBeLessThan(events.length * 0.7);
    expect(packed.places.length).toBeLessThanOrEqual(10);
    expect(packed.lists).toEqual([[]]);
    const unpacked = unpackEvents(packed);
    const sameDay = unpacked.findIndex((event, i) => i > 0 && event.date.text === unpacked[i - 1]!.date.text);
    expect(unpacked[sameDay]!.date).toBe(unpacked[sameDay - 1]!.date);
  });

  it('makes an event’s sources when first read, once, and parses no JSON', () => {
    const [, dataset] = DATASETS[0]!;
    const parse = vi.spyOn(JSON, 'parse');
    const events = handOver(dataset.events);
    const event = events.find((candidate) => candidate.sources.length > 1)!;
    expect(event.sources).toBe(event.sources);
    expect(parse).not.toHaveBeenCalled();
  });

  it('keeps every string whole: empty, astral, right-to-left, very long, a lone surrogate', () => {
    const [, dataset] = DATASETS[3]!;
    const texts = ['', '🇮🇶 flag 👩🏽‍⚕️', 'مقتل قائد في بغداد', 'e\u0301', 'x'.repeat(100_000), '\uD800 lone half'];
    const events = dataset.events.slice(0, texts.length).map((event, i) => ({ ...event, title: texts[i]!, summary: texts[texts.length - 1 - i]! }));
    const back = handOver(events);
    expect(back.map((event) => [event.title, event.summary])).toEqual(events.map((event) => [event.title, event.summary]));
  });

  it('keeps label and key: a label only where there is one, key true only where it is', () => {
    const [, dataset] = DATASETS[3]!;
    const labels = ['Tower 22', '🇮🇶 flag 👩🏽‍⚕️', 'مقتل قائد في بغداد', '😀'.repeat(40)];
    const events = dataset.events.map((event, i) => ({
      ...event,
      label: i % 3 === 0 ? labels[i % labels.length] : undefined,
      key: i % 5 === 0,
    }));
    const { packed } = packEvents(events);
    // Sent sparse: one string per label there is, not one per event.
    expect(packed.labels).toHaveLength(events.filter((event) => event.label !== undefined).length);
    const back = handOver(events);
    expect(back.map(plain)).toEqual(events.map(plain));
    expect(back.map((event) => [event.label, event.key])).toStrictEqual(events.map((event) => [event.label, event.key]));
    expect(back.filter((event) => event.key)).toHaveLength(Math.ceil(events.length / 5));
  });

  it('keeps every date whole through its columns, times and offsets included', () => {
    const [, dataset] = DATASETS[3]!;
    const back = handOver(dataset.events);
    expect(back.map((event) => [event.date, event.end])).toEqual(dataset.events.map((event) => [event.date, event.end]));
    expect(back.some((event) => event.date.offsetMinutes !== null)).toBe(true);
    expect(back.some((event) => event.date.offsetMinutes === null)).toBe(true);
  });

  it('moves the columns instead of copying them', () => {
    const { packed, transfer } = packEvents(DATASETS[0]![1].events);
    structuredClone(packed, { transfer });
    expect(packed.start.length).toBe(0);
  });
});
