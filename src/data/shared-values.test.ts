import { describe, expect, it } from 'vitest';
import { parseDataset } from './parse-dataset.ts';
import { createSharedValues, NO_STRINGS } from './shared-values.ts';

describe('createSharedValues', () => {
  it('parses each distinct date once and hands out the same result', () => {
    const shared = createSharedValues();
    const first = shared.date('2024-01-04');
    expect(shared.date('2024-01-04')).toBe(first);
    expect(shared.date('2024-01-05')).not.toBe(first);
    expect(shared.date('2024-02-30')).toMatchObject({ ok: false });
  });

  it('shares a place only with an equal place', () => {
    const shared = createSharedValues();
    const baghdad = shared.place({ name: 'Baghdad', country: 'Iraq', lat: 33.3, lon: 44.4 });
    expect(shared.place({ name: 'Baghdad', country: 'Iraq', lat: 33.3, lon: 44.4 })).toBe(baghdad);
    expect(shared.place({ name: 'Baghdad', country: 'Iraq', lat: 33.31, lon: 44.4 })).not.toBe(baghdad);
    expect(shared.place({ name: 'Baghdad', country: 'Iraq', lat: 33.3, lon: 44.4, precision: 'town' })).not.toBe(baghdad);
    expect(shared.place({ name: 'Baghdad', lat: 33.3, lon: 44.4 })).not.toBe(baghdad);
    expect(shared.place(undefined)).toBeUndefined();
  });

  it('gives a frozen empty list', () => {
    expect(NO_STRINGS).toEqual([]);
    expect(Object.isFrozen(NO_STRINGS)).toBe(true);
  });
});

describe('parseDataset shares repeated values between events', () => {
  const source = { url: 'https://example.org/', title: 'T', publisher: 'P' };
  const event = (id: string, date: string) => ({ id, date, title: id, category: 'c', place: { name: 'Erbil', country: 'Iraq' }, sources: [source] });
  const { dataset } = parseDataset({
    version: 1,
    title: 'T',
    categories: [{ id: 'c', label: 'C' }],
    events: [event('a', '2024-01-04'), event('b', '2024-01-04'), event('c', '2024-01-05')],
  });
  const [a, b, c] = dataset.events;

  it('the same day is one date object, the same place one place object', () => {
    expect(a!.date).toBe(b!.date);
    expect(a!.date).not.toBe(c!.date);
    expect(a!.place).toBe(c!.place);
    expect(a!.place).toEqual({ name: 'Erbil', country: 'Iraq' });
  });

  it('events without actors or tags share the empty list, and sources carry no empty "published"', () => {
    expect(a!.actors).toBe(NO_STRINGS);
    expect(b!.tags).toBe(NO_STRINGS);
    expect(Object.keys(a!.sources[0]!)).toEqual(['url', 'title', 'publisher']);
  });
});
