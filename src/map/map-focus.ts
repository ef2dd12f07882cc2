import { geoDistance } from 'd3-geo';
import type { TimelineEvent } from '../data/timeline-event.ts';

/** An event with coordinates, as [longitude, latitude] in degrees (d3-geo's order). */
export interface LocatedEvent {
  readonly event: TimelineEvent;
  readonly lonLat: readonly [number, number];
}

/** Which events the map frames, which it lists as "elsewhere", and which have no coordinates. */
export interface MapFocus {
  readonly framed: readonly LocatedEvent[];
  readonly elsewhere: readonly LocatedEvent[];
  readonly unplaced: readonly TimelineEvent[];
}

const EARTH_RADIUS_KM = 6371;
/** Farther than this from the middle of the events is another part of the world. */
export const ELSEWHERE_KM = 3000;
/** …but only a few such events are set aside; when many are far apart, the map frames all. */
export const ELSEWHERE_SHARE = 0.2;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function locate(event: TimelineEvent): LocatedEvent | null {
  const { lat, lon } = event.place ?? {};
  if (typeof lat !== 'number' || typeof lon !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  return { event, lonLat: [lon, lat] };
}

/**
 * Splits the events for a locator map. A regional dataset often has a handful of events far
 * away (a statement in Washington about strikes in Iraq): framing those too would shrink the
 * region to a few pixels, so they are named beside the map instead. The middle is the median
 * position, which a few distant events cannot drag away from the many.
 */
export function focusEvents(events: readonly TimelineEvent[]): MapFocus {
  const located: LocatedEvent[] = [];
  const unplaced: TimelineEvent[] = [];
  for (const event of events) {
    const spot = locate(event);
    if (spot) located.push(spot);
    else unplaced.push(event);
  }
  if (located.length === 0) return { framed: [], elsewhere: [], unplaced };
  const centre: [number, number] = [median(located.map((l) => l.lonLat[0])), median(located.map((l) => l.lonLat[1]))];
  const far = (spot: LocatedEvent) => geoDistance([spot.lonLat[0], spot.lonLat[1]], centre) * EARTH_RADIUS_KM > ELSEWHERE_KM;
  const elsewhere = located.filter(far);
  if (elsewhere.length === 0 || elsewhere.length > located.length * ELSEWHERE_SHARE) {
    return { framed: located, elsewhere: [], unplaced };
  }
  return { framed: located.filter((spot) => !far(spot)), elsewhere, unplaced };
}
