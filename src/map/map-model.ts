import { geoMercator, type GeoProjection } from 'd3-geo';
import type { Place, TimelineEvent } from '../data/timeline-event.ts';
import { focusEvents } from './map-focus.ts';
import { spreadPoints } from './map-spread.ts';

/** One event on the map, in pixels. */
export interface MapPoint {
  readonly event: TimelineEvent;
  /** Where the mark is drawn: moved off `anchor` when it shares a spot with others. */
  readonly x: number;
  readonly y: number;
  /** Where the place is. */
  readonly anchorX: number;
  readonly anchorY: number;
  readonly radius: number;
  /** Only an area or a region is known: drawn larger and hollow. */
  readonly approximate: boolean;
}

export interface MapModel {
  readonly width: number;
  readonly height: number;
  readonly projection: GeoProjection;
  readonly points: readonly MapPoint[];
  /** Far from the rest (see map-focus.ts): listed beside the map. */
  readonly elsewhere: readonly TimelineEvent[];
  /** No coordinates. */
  readonly unplaced: readonly TimelineEvent[];
}

export const POINT_RADIUS = 5;
const APPROXIMATE_RADIUS: Record<string, number> = { area: 9, region: 12 };

/** Smallest span (degrees) the map shows, so one city's events do not zoom to street level. */
const MIN_SPAN = 4;
/** Room at the edges beyond a mark, for its focus ring. */
const EDGE = 8;

export function isApproximatePlace(place: Place | undefined): boolean {
  return place?.precision === 'area' || place?.precision === 'region';
}

export function radiusFor(place: Place | undefined): number {
  return APPROXIMATE_RADIUS[place?.precision ?? ''] ?? POINT_RADIUS;
}

/**
 * A Mercator projection that fits the places' bounding box (at least MIN_SPAN degrees each
 * way) inside the frame less `padding`. Mercator keeps shapes familiar at regional scale.
 */
export function fitProjection(lonLats: readonly (readonly [number, number])[], width: number, height: number, padding: number): GeoProjection {
  const lons = lonLats.map(([lon]) => lon);
  const lats = lonLats.map(([, lat]) => lat);
  const [west, east] = lonLats.length ? widen(Math.min(...lons), Math.max(...lons), 180) : [-170, 170];
  const [south, north] = lonLats.length ? widen(Math.min(...lats), Math.max(...lats), 80) : [-55, 75];
  const corners = { type: 'MultiPoint' as const, coordinates: [[west, south], [east, north], [west, north], [east, south]] };
  const inner = Math.max(1, Math.min(padding, width / 3, height / 3));
  return geoMercator().fitExtent([[inner, inner], [width - inner, height - inner]], corners);
}

function widen(low: number, high: number, limit: number): [number, number] {
  if (high - low >= MIN_SPAN) return [low, high];
  const middle = (low + high) / 2;
  return [Math.max(-limit, middle - MIN_SPAN / 2), Math.min(limit, middle + MIN_SPAN / 2)];
}

/** The map of these events in a `width` × `height` frame. Pure: inputs are not changed. */
export function computeMapModel(events: readonly TimelineEvent[], width: number, height: number): MapModel {
  const focus = focusEvents(events);
  const largest = Math.max(POINT_RADIUS, ...focus.framed.map(({ event }) => radiusFor(event.place)));
  const projection = fitProjection(focus.framed.map(({ lonLat }) => lonLat), width, height, largest + EDGE);
  const anchors = focus.framed.map(({ event, lonLat }) => {
    const [x, y] = projection([lonLat[0], lonLat[1]]) ?? [width / 2, height / 2];
    const approximate = isApproximatePlace(event.place);
    return { event, x, y, radius: radiusFor(event.place), approximate, layer: approximate ? 'area' : 'point' };
  });
  const spread = spreadPoints(anchors, width, height, EDGE);
  const points = anchors.map((anchor, index) => ({
    event: anchor.event,
    x: spread[index]!.x,
    y: spread[index]!.y,
    anchorX: anchor.x,
    anchorY: anchor.y,
    radius: anchor.radius,
    approximate: anchor.approximate,
  }));
  return {
    width,
    height,
    projection,
    points,
    elsewhere: focus.elsewhere.map(({ event }) => event),
    unplaced: focus.unplaced,
  };
}
