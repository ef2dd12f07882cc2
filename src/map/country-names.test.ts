import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { describe, expect, it } from 'vitest';
import { countryName, regionCode } from './country-names.ts';

const atlas = feature(world as unknown as Topology, (world as unknown as Topology).objects.countries as GeometryCollection);

describe('countryName', () => {
  it('names the region’s countries in Arabic as Intl does, Iraq and Syria as the glossary spells them', () => {
    expect(countryName('368', 'Iraq', 'ar')).toBe('العراق');
    expect(countryName('760', 'Syria', 'ar')).toBe('سوريا');
    expect(countryName('792', 'Turkey', 'ar')).toBe('تركيا');
    expect(countryName('364', 'Iran', 'ar')).toBe('إيران');
  });

  it('keeps the atlas’s English names in English, and for a country it has no code for', () => {
    expect(countryName('368', 'Iraq', 'en')).toBe('Iraq');
    expect(countryName('-99', 'N. Cyprus', 'ar')).toBe('N. Cyprus');
  });

  it('has a code for every country of the atlas that has an id', () => {
    const missing = atlas.features.filter((country) => country.id !== undefined && !regionCode(String(country.id)));
    expect(missing.map((country) => (country.properties as { name?: string } | null)?.name)).toEqual([]);
  });
});
