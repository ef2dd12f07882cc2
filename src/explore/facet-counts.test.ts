import { describe, expect, it } from 'vitest';
import { facetCounts, facetOptions, legendCounts } from './facet-counts.ts';
import { loadEvents, rawEvent } from './test-events.ts';

const { events } = loadEvents([
  rawEvent('a', '2024-01-01', { actors: ['United States', 'Kataib Hezbollah'], place: { name: 'Al-Qaim', country: 'Iraq' } }),
  rawEvent('b', '2024-01-02', { category: 'attack', actors: ['Kataib Hezbollah'], place: { name: 'Tower 22', country: 'Jordan' } }),
  rawEvent('c', '2024-01-03', { category: 'attack', actors: ['Islamic Resistance in Iraq'], place: { name: 'Erbil', country: 'Iraq' } }),
  rawEvent('d', '2024-01-04', { category: 'diplomacy', title: 'Talks', actors: ['United States', 'United States'] }),
]);
const plain = (map: ReadonlyMap<string, number>) => Object.fromEntries(map);
const withKeys = events.map((event) => (event.id === 'a' || event.id === 'c' ? { ...event, key: true } : event));

describe('facetCounts', () => {
  it('counts everything when nothing is filtered (an actor listed twice counts once)', () => {
    const counts = facetCounts(events, { query: '' });
    expect(plain(counts.categories)).toEqual({ strike: 1, attack: 2, diplomacy: 1 });
    expect(plain(counts.actors)).toEqual({ 'United States': 2, 'Kataib Hezbollah': 2, 'Islamic Resistance in Iraq': 1 });
    expect(plain(counts.countries)).toEqual({ Iraq: 2, Jordan: 1 });
  });

  it("narrows each facet by the other filters but not by its own choices", () => {
    const counts = facetCounts(events, { categories: ['attack'], actors: ['Kataib Hezbollah'], query: '' });
    // Categories: by actor only; actors: by category only; countries: by both.
    expect(plain(counts.categories)).toEqual({ strike: 1, attack: 1 });
    expect(plain(counts.actors)).toEqual({ 'Kataib Hezbollah': 1, 'Islamic Resistance in Iraq': 1 });
    expect(plain(counts.countries)).toEqual({ Jordan: 1 });
  });

  it('narrows every facet by the search', () => {
    const counts = facetCounts(events, { query: 'talks' });
    expect(plain(counts.categories)).toEqual({ diplomacy: 1 });
    expect(plain(counts.actors)).toEqual({ 'United States': 1 });
    expect(plain(counts.countries)).toEqual({});
  });

  it('narrows every facet to key events when only those are shown', () => {
    const counts = facetCounts(withKeys, { keyOnly: true, query: '' });
    expect(plain(counts.categories)).toEqual({ strike: 1, attack: 1 });
    expect(plain(counts.actors)).toEqual({ 'United States': 1, 'Kataib Hezbollah': 1, 'Islamic Resistance in Iraq': 1 });
    expect(plain(counts.countries)).toEqual({ Iraq: 2 });
  });
});

describe('legendCounts', () => {
  it.each([
    ['nothing filtered', { query: '' }],
    ['categories, actors and countries chosen', { categories: ['attack'], actors: ['Kataib Hezbollah'], countries: ['Jordan', 'Iraq'], query: '' }],
    ['a search', { query: 'talks' }],
    ['a search and a country', { countries: ['Iraq'], query: 'a' }],
    ['key events only', { keyOnly: true, query: '' }],
    ['key events only and an actor', { keyOnly: true, actors: ['Kataib Hezbollah'], query: '' }],
  ])('counts the categories as facetCounts does: %s', (_name, filters) => {
    expect(plain(legendCounts(withKeys, filters).categories)).toEqual(plain(facetCounts(withKeys, filters).categories));
  });
});

describe('legendCounts, the claim statuses', () => {
  const rated = loadEvents([
    rawEvent('a', '2024-01-04', { status: 'confirmed' }),
    rawEvent('b', '2024-01-05', { status: 'claimed' }),
    rawEvent('c', '2024-01-06', { status: 'claimed', category: 'attack' }),
    rawEvent('d', '2024-01-07'),
  ]).events;

  it('counts each status given the other filters, not its own, and leaves out events without one', () => {
    const counts = legendCounts(rated, { query: '', statuses: ['confirmed'], categories: ['strike'] });
    expect(plain(counts.statuses)).toEqual({ confirmed: 1, claimed: 1 });
    // A category's count follows the status filter: b is claimed, so hidden; d has no status, so kept.
    expect(plain(counts.categories)).toEqual({ strike: 2 });
  });
});

describe('facetOptions', () => {
  it('orders by count, then name, and keeps chosen values that have no events now', () => {
    const counts = new Map([
      ['Iraq', 2],
      ['Jordan', 1],
      ['Bahrain', 1],
    ]);
    expect(facetOptions(counts, ['Yemen', 'Iraq'])).toEqual([
      { value: 'Iraq', count: 2 },
      { value: 'Bahrain', count: 1 },
      { value: 'Jordan', count: 1 },
      { value: 'Yemen', count: 0 },
    ]);
  });
});
