import { describe, expect, it } from 'vitest';
import { filterEvents, hasActiveFilters, resolveCategories, toggleShown, toggleValue } from './event-filters.ts';
import { loadEvents, rawEvent } from './test-events.ts';

const { events } = loadEvents([
  rawEvent('us-baghdad', '2024-01-04', {
    title: 'US drone strike kills Abu Taqwa',
    summary: 'Mushtaq Taleb al-Saidi was killed.',
    actors: ['United States', 'Harakat Hezbollah al-Nujaba'],
    place: { name: 'Baghdad', country: 'Iraq' },
  }),
  rawEvent('attack-asad', '2024-01-20', {
    category: 'attack',
    title: 'Rockets hit Ain al-Asad',
    actors: ['Islamic Resistance in Iraq'],
    place: { name: 'Ain al-Asad air base', country: 'Iraq' },
  }),
  rawEvent('tower-22', '2024-01-28', {
    category: 'attack',
    title: 'Drone attack on Tower 22',
    actors: ['Islamic Resistance in Iraq'],
    place: { name: 'Tower 22', country: 'Jordan' },
  }),
  rawEvent('talks', '2024-01-25', { category: 'diplomacy', title: 'Talks on the coalition', actors: ['Iraqi government', 'United States'] }),
]);
const ids = (list: readonly { id: string }[]) => list.map((event) => event.id);
// Marked here rather than through the parser, so these tests do not depend on how the dataset
// format spells a key moment.
const withKeys = events.map((event) => (event.id === 'us-baghdad' || event.id === 'tower-22' ? { ...event, key: true } : event));

describe('filterEvents', () => {
  it('returns the same array when no filter is set', () => {
    expect(filterEvents(events, { query: '' })).toBe(events);
  });

  it('keeps only the listed categories; an empty list keeps none', () => {
    expect(ids(filterEvents(events, { categories: ['attack'], query: '' }))).toEqual(['attack-asad', 'tower-22']);
    expect(filterEvents(events, { categories: [], query: '' })).toEqual([]);
  });

  it('matches any of the chosen actors, and any of the chosen countries', () => {
    expect(ids(filterEvents(events, { actors: ['United States'], query: '' }))).toEqual(['us-baghdad', 'talks']);
    expect(ids(filterEvents(events, { actors: ['Iraqi government', 'Islamic Resistance in Iraq'], query: '' }))).toEqual([
      'attack-asad',
      'talks',
      'tower-22',
    ]);
    expect(ids(filterEvents(events, { countries: ['Jordan'], query: '' }))).toEqual(['tower-22']);
  });

  it('combines facets and search with "and"', () => {
    expect(ids(filterEvents(events, { categories: ['attack'], countries: ['Iraq'], query: '' }))).toEqual(['attack-asad']);
    expect(ids(filterEvents(events, { actors: ['United States'], countries: ['Iraq'], query: '' }))).toEqual(['us-baghdad']);
    expect(ids(filterEvents(events, { categories: ['attack'], query: 'ain al asad' }))).toEqual(['attack-asad']);
  });

  it('searches without regard to case, accents or hyphens', () => {
    expect(ids(filterEvents(events, { query: 'saidi' }))).toEqual(['us-baghdad']);
    expect(ids(filterEvents(events, { query: 'AIN AL-ASAD' }))).toEqual(['attack-asad']);
    expect(filterEvents(events, { query: 'no such words' })).toEqual([]);
  });

  it('keeps only key events when asked, and combines that with the other filters', () => {
    expect(ids(filterEvents(withKeys, { keyOnly: true, query: '' }))).toEqual(['us-baghdad', 'tower-22']);
    expect(ids(filterEvents(withKeys, { keyOnly: true, categories: ['attack'], query: '' }))).toEqual(['tower-22']);
    expect(ids(filterEvents(withKeys, { keyOnly: true, query: 'saidi' }))).toEqual(['us-baghdad']);
    expect(filterEvents(withKeys, { keyOnly: false, query: '' })).toBe(withKeys);
  });

  it('shows nothing for key events only where no event is marked', () => {
    expect(filterEvents(events, { keyOnly: true, query: '' })).toEqual([]);
  });

  it('keeps the time order and leaves the input alone', () => {
    const before = [...events];
    const result = filterEvents(events, { actors: ['Islamic Resistance in Iraq', 'United States'], query: '' });
    expect(ids(result)).toEqual(['us-baghdad', 'attack-asad', 'talks', 'tower-22']);
    expect(events).toEqual(before);
  });
});

describe('the claim status filter', () => {
  const rated = loadEvents([
    rawEvent('confirmed', '2024-01-04', { status: 'confirmed' }),
    rawEvent('claimed', '2024-01-05', { status: 'claimed' }),
    rawEvent('unrated', '2024-01-06'),
  ]).events;

  it('keeps the listed statuses and every event without one; an empty list keeps only those', () => {
    expect(ids(filterEvents(rated, { query: '', statuses: ['claimed'] }))).toEqual(['claimed', 'unrated']);
    expect(ids(filterEvents(rated, { query: '', statuses: [] }))).toEqual(['unrated']);
    expect(ids(filterEvents(rated, { query: '' }))).toEqual(['confirmed', 'claimed', 'unrated']);
    expect(hasActiveFilters({ query: '', statuses: [] })).toBe(true);
  });

  it('switches statuses as categories are switched', () => {
    const all = ['confirmed', 'reported', 'claimed', 'disputed'] as const;
    expect(toggleShown(undefined, 'claimed', all)).toEqual(['confirmed', 'reported', 'disputed']);
    expect(toggleShown(['confirmed', 'reported', 'disputed'], 'claimed', all)).toBeUndefined();
  });
});

describe('hasActiveFilters', () => {
  it('is true for any filter in force, false for none or blank search', () => {
    expect(hasActiveFilters({ query: '' })).toBe(false);
    expect(hasActiveFilters({ query: '  - ', actors: [] })).toBe(false);
    expect(hasActiveFilters({ query: '', categories: [] })).toBe(true);
    expect(hasActiveFilters({ query: 'x' })).toBe(true);
    expect(hasActiveFilters({ query: '', countries: ['Iraq'] })).toBe(true);
    expect(hasActiveFilters({ query: '', keyOnly: true })).toBe(true);
    expect(hasActiveFilters({ query: '', keyOnly: false })).toBe(false);
  });
});

describe('toggleShown', () => {
  const all = ['strike', 'attack', 'diplomacy'];

  it('from "all" switches one off', () => {
    expect(toggleShown(undefined, 'attack', all)).toEqual(['strike', 'diplomacy']);
  });

  it('switches back on in the dataset order, and all on again is written as "all"', () => {
    expect(toggleShown(['diplomacy'], 'strike', all)).toEqual(['strike', 'diplomacy']);
    expect(toggleShown(['strike', 'diplomacy'], 'attack', all)).toBeUndefined();
  });

  it('switching the last one off leaves none (an empty list, not "all")', () => {
    expect(toggleShown(['attack'], 'attack', all)).toEqual([]);
  });
});

describe('toggleValue', () => {
  it('adds, removes, and writes an empty choice as none', () => {
    expect(toggleValue(undefined, 'Iraq')).toEqual(['Iraq']);
    expect(toggleValue(['Iraq'], 'Syria')).toEqual(['Iraq', 'Syria']);
    expect(toggleValue(['Iraq'], 'Iraq')).toBeUndefined();
  });
});

describe('resolveCategories', () => {
  const known = ['strike', 'attack'];

  it('passes known ids and "all" through', () => {
    expect(resolveCategories(undefined, known)).toEqual({ categories: undefined, unknown: [] });
    expect(resolveCategories(['attack'], known)).toEqual({ categories: ['attack'], unknown: [] });
    expect(resolveCategories([], known)).toEqual({ categories: [], unknown: [] });
  });

  it('drops unknown ids and names them', () => {
    expect(resolveCategories(['attack', 'nope'], known)).toEqual({ categories: ['attack'], unknown: ['nope'] });
  });

  it('shows everything when every id is unknown', () => {
    expect(resolveCategories(['nope', 'typo'], known)).toEqual({ categories: undefined, unknown: ['nope', 'typo'] });
  });
});
