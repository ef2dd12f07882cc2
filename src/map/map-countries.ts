import { geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export type CountryFeature = Feature<Geometry, { readonly name?: string } | null>;

/** A country outline as an SVG path, with a label spot when the country is big enough to name. */
export interface CountryShape {
  readonly key: string;
  readonly name: string;
  readonly d: string;
  readonly label?: { readonly x: number; readonly y: number };
}

/** Below this projected area (px²) a name would not fit inside its country. */
const LABEL_AREA = 2500;
const LABEL_MARGIN = 24;

/**
 * The outlines that touch the frame, as path strings for React to draw (d3-geo only does the
 * maths). Countries out of view are skipped, which keeps a regional map light.
 */
export function countryShapes(
  countries: FeatureCollection<Geometry, { readonly name?: string } | null>,
  projection: GeoProjection,
  width: number,
  height: number,
): CountryShape[] {
  const path = geoPath(projection);
  const shapes: CountryShape[] = [];
  countries.features.forEach((feature: CountryFeature, index) => {
    const [[x0, y0], [x1, y1]] = path.bounds(feature);
    if (!(x1 >= 0 && x0 <= width && y1 >= 0 && y0 <= height)) return;
    const d = path(feature);
    if (!d) return;
    const name = feature.properties?.name ?? '';
    const [cx, cy] = path.centroid(feature);
    const inside = cx > LABEL_MARGIN && cx < width - LABEL_MARGIN && cy > LABEL_MARGIN / 2 && cy < height - LABEL_MARGIN / 2;
    const label = name && inside && path.area(feature) >= LABEL_AREA ? { x: cx, y: cy } : undefined;
    shapes.push({ key: `${feature.id ?? index}`, name, d, label });
  });
  return shapes;
}
