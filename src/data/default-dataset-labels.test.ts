import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The default dataset as written: the raw records, not what the parser makes of them. */
type RawEvent = { id: string; title: string; label?: unknown; key?: unknown };

const events = (JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as { events: RawEvent[] }).events;

/** Characters as the reader counts them: code points, not UTF-16 units. */
const characters = (text: string): number => [...text].length;

/** The moments the short story (`?key=1`) cannot be told without. */
const REQUIRED_KEY_IDS = [
  'hamas-oct7-attack', // 7 Oct attack on Israel
  'drones-asad-harir-first', // the first attacks on US forces (17/18 Oct)
  'us-strikes-abu-kamal-oct', // the first US strikes in response (26/27 Oct)
  'gaza-truce-begins', // the truce
  'us-strike-baghdad-abu-taqwa', // the 4 Jan Baghdad strike
  'tower-22-drone-attack', // Tower 22
  'us-strikes-85-targets', // the 2 Feb strikes
  'militia-pause-reported-feb27', // the pause after the 2 Feb strikes
  'zummar-rockets-rumalyn-apr21', // the attacks resume (21 Apr 2024)
  'us-strike-musayib-jul30', // the 30 Jul 2024 US strike in Babil
  'us-iraq-coalition-transition-sep27', // the 27 Sep 2024 statement on ending the coalition's mission
];

describe('the default dataset’s labels and key moments', () => {
  it('gives every event a label of 1 to 40 characters, trimmed, with no full stop', () => {
    const bad = events.filter(
      (event) =>
        typeof event.label !== 'string' ||
        characters(event.label) < 1 ||
        characters(event.label) > 40 ||
        event.label.trim() !== event.label ||
        event.label.endsWith('.'),
    );
    expect(bad.map((event) => [event.id, event.label])).toEqual([]);
  });

  it('keeps the labels distinct, so a reader can tell the marks apart', () => {
    const seen = new Map<string, string[]>();
    for (const event of events) {
      const label = String(event.label).toLowerCase();
      seen.set(label, [...(seen.get(label) ?? []), event.id]);
    }
    expect([...seen.values()].filter((ids) => ids.length > 1)).toEqual([]);
  });

  it('places label right after title, and key (only ever true) right after label', () => {
    for (const event of events) {
      const fields = Object.keys(event);
      expect(fields[fields.indexOf('title') + 1], event.id).toBe('label');
      if ('key' in event) {
        expect(event.key, event.id).toBe(true);
        expect(fields[fields.indexOf('label') + 1], event.id).toBe('key');
      }
    }
  });

  // About one key moment a month: the 15 months from Oct 2023 to Dec 2024 hold 13. More than 16
  // and "Key events only" stops being a short story (and their bold labels crowd a phone).
  it('marks 8 to 16 events as key moments, among them the required ones', () => {
    const keyIds = events.filter((event) => event.key === true).map((event) => event.id);
    expect(keyIds.length).toBeGreaterThanOrEqual(8);
    expect(keyIds.length).toBeLessThanOrEqual(16);
    const ids = new Set(events.map((event) => event.id));
    for (const id of REQUIRED_KEY_IDS) {
      expect(ids.has(id), `${id} is in the dataset`).toBe(true);
      expect(keyIds, `${id} is key`).toContain(id);
    }
  });
});
