import { describe, expect, it } from 'vitest';
import { parseDataset } from '../data/parse-dataset.ts';
import type { TimelineEvent } from '../data/timeline-event.ts';
import { computeMapModel, fitProjection, isApproximatePlace, POINT_RADIUS, radiusFor } from './map-model.ts';

type Place = { name: string; lat?: number; lon?: number; precision?: string };

function events(places: (Place | undefined)[]): readonly TimelineEvent[] {
  const { dataset, skipped } = parseDataset({
    version: 1,
    title: 'Test',
    categories: [{ id: 'strike', label: 'Strikes' }],
    events: places.map((place, i) => ({
      id: `e${i}`,
      date: `2024-01-${String(i + 1).padStart(2, '0')}`,
      title: `Event ${i}`,
      category: 'strike',
      place,
      sources: [{ url: 'https://example.org/', title: 'Report', publisher: 'Example' }],
    })),
  });
  expect(skipped).toEqual([]);
  return dataset.events;
}

const MIDDLE_EAST: Place[] = [
  { name: 'Baghdad', lat: 33.31, lon: 44.37, precision: 'town' },
  { name: 'Ain al-Asad', lat: 33.79, lon: 42.44, precision: 'town' },
  { name: 'Gaza', lat: 31.5, lon: 34.45, precision: 'area' },
  { name: 'Red Sea', lat: 15, lon: 42, precision: 'region' },
  { name: 'Kerman', lat: 30.28, lon: 57.08 },
  { name: 'Istanbul', lat: 41.01, lon: 28.98, precision: 'exact' },
];

/** Each mark and its focus ring (7 px beyond the mark) lie inside the frame. */
function expectInside(model: ReturnType<typeof computeMapModel>) {
  for (const point of model.points) {
    const reach = point.radius + 7;
    expect(point.x - reach).toBeGreaterThanOrEqual(0);
    expect(point.x + reach).toBeLessThanOrEqual(model.width);
    expect(point.y - reach).toBeGreaterThanOrEqual(0);
    expect(point.y + reach).toBeLessThanOrEqual(model.height);
  }
}

describe('computeMapModel: fitting the projection', () => {
  it.each([
    [800, 500],
    [340, 240],
    [1200, 300],
  ])('keeps every mark inside a %i × %i frame', (width, height) => {
    const model = computeMapModel(events(MIDDLE_EAST), width, height);
    expect(model.points).toHaveLength(MIDDLE_EAST.length);
    expectInside(model);
  });

  it('fills the frame: the extreme places lie near opposite edges', () => {
    const model = computeMapModel(events(MIDDLE_EAST), 800, 500);
    const xs = model.points.map((p) => p.anchorX);
    const ys = model.points.map((p) => p.anchorY);
    const fillsWidth = Math.max(...xs) - Math.min(...xs) > 800 * 0.8;
    const fillsHeight = Math.max(...ys) - Math.min(...ys) > 500 * 0.8;
    expect(fillsWidth || fillsHeight).toBe(true);
  });

  it('does not zoom to street level on a single place', () => {
    const projection = fitProjection([[44.37, 33.31]], 800, 500, 20);
    const [x0] = projection([42.37, 33.31])!;
    const [x1] = projection([46.37, 33.31])!;
    expect(x1 - x0).toBeLessThanOrEqual(800);
    expect(x1 - x0).toBeGreaterThan(300);
  });

  it('fans out events at the same place, each inside the frame, with a leg to the place', () => {
    const baghdad = { name: 'Baghdad', lat: 33.31, lon: 44.37, precision: 'town' };
    const model = computeMapModel(events([...MIDDLE_EAST, baghdad, baghdad, baghdad]), 800, 500);
    const atBaghdad = model.points.filter((p) => p.event.place?.name === 'Baghdad');
    expect(atBaghdad).toHaveLength(4);
    for (const point of atBaghdad) expect(point.anchorX).toBeCloseTo(atBaghdad[0]!.anchorX, 6);
    const spots = new Set(atBaghdad.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(spots.size).toBe(4);
    for (const a of atBaghdad) {
      for (const b of atBaghdad) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(POINT_RADIUS * 2);
    }
    expectInside(model);
  });
});

describe('computeMapModel: what is framed', () => {
  it('lists a few far-away events (a statement in Washington) instead of framing them', () => {
    const model = computeMapModel(events([...MIDDLE_EAST, { name: 'Washington', lat: 38.9, lon: -77.04, precision: 'town' }]), 800, 500);
    expect(model.elsewhere.map((e) => e.place?.name)).toEqual(['Washington']);
    expect(model.points).toHaveLength(MIDDLE_EAST.length);
    const west = Math.min(...model.points.map((p) => p.anchorX));
    expect(west).toBeGreaterThan(0); // the region still fills the map
  });

  it('frames everything when far-apart events are not a small minority', () => {
    const model = computeMapModel(
      events([MIDDLE_EAST[0]!, { name: 'Washington', lat: 38.9, lon: -77.04 }, { name: 'Dover', lat: 39.13, lon: -75.47 }]),
      800,
      500,
    );
    expect(model.elsewhere).toEqual([]);
    expect(model.points).toHaveLength(3);
    expectInside(model);
  });

  it('counts events without coordinates apart', () => {
    const model = computeMapModel(events([MIDDLE_EAST[0]!, undefined, { name: 'Somewhere' }]), 800, 500);
    expect(model.points).toHaveLength(1);
    expect(model.unplaced.map((e) => e.id)).toEqual(['e1', 'e2']);
  });

  it('copes with no placed events at all', () => {
    const model = computeMapModel(events([undefined]), 800, 500);
    expect(model.points).toEqual([]);
    expect(model.projection([44, 33])).toBeTruthy();
  });

  it('does not change its input', () => {
    const list = events(MIDDLE_EAST);
    const before = JSON.stringify(list);
    computeMapModel(list, 800, 500);
    expect(JSON.stringify(list)).toBe(before);
  });
});

describe('approximate places', () => {
  it('are areas and regions, drawn hollow and larger than towns', () => {
    const model = computeMapModel(events(MIDDLE_EAST), 800, 500);
    const byName = new Map(model.points.map((p) => [p.event.place?.name, p]));
    expect(byName.get('Gaza')!.approximate).toBe(true);
    expect(byName.get('Red Sea')!.approximate).toBe(true);
    expect(byName.get('Baghdad')!.approximate).toBe(false);
    expect(byName.get('Kerman')!.approximate).toBe(false); // no precision: taken as given
    expect(byName.get('Gaza')!.radius).toBeGreaterThan(byName.get('Baghdad')!.radius);
    expect(byName.get('Red Sea')!.radius).toBeGreaterThan(byName.get('Gaza')!.radius);
  });

  it('are decided by the precision alone', () => {
    expect(isApproximatePlace({ name: 'x', precision: 'region' })).toBe(true);
    expect(isApproximatePlace({ name: 'x', precision: 'exact' })).toBe(false);
    expect(isApproximatePlace(undefined)).toBe(false);
    expect(radiusFor({ name: 'x', precision: 'town' })).toBe(POINT_RADIUS);
  });
});
