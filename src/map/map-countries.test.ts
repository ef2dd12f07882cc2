import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { countryShapes } from './map-countries.ts';
import { fitProjection } from './map-model.ts';

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name?: string }> }>;
const countries = feature(topology, topology.objects.countries);

describe('countryShapes', () => {
  // Roughly the default dataset's places: Gaza to Kerman, Istanbul to the Red Sea.
  const projection = fitProjection([[34.45, 31.5], [57.08, 30.28], [28.98, 41.01], [42, 15]], 800, 500, 20);
  const shapes = countryShapes(countries, projection, 800, 500);
  const names = shapes.map((shape) => shape.name);

  it('draws the countries in the frame and skips the rest of the world', () => {
    expect(names).toEqual(expect.arrayContaining(['Iraq', 'Syria', 'Iran', 'Jordan', 'Israel', 'Lebanon', 'Yemen']));
    expect(names).not.toContain('Brazil');
    expect(names).not.toContain('Australia');
    expect(shapes.length).toBeLessThan(countries.features.length / 2);
    for (const shape of shapes) expect(shape.d).toMatch(/^M/);
  });

  it('labels large countries inside the frame and leaves small ones unnamed', () => {
    const label = (name: string) => shapes.find((shape) => shape.name === name)?.label;
    expect(label('Iraq')).toBeDefined();
    expect(label('Saudi Arabia')).toBeDefined();
    expect(label('Lebanon')).toBeUndefined();
    for (const shape of shapes) {
      if (!shape.label) continue;
      expect(shape.label.x).toBeGreaterThan(0);
      expect(shape.label.x).toBeLessThan(800);
    }
  });
});
