/**
 * Shape is each category's second cue besides colour, so categories stay apart for readers
 * who do not see the colours (colour blindness, greyscale print). The legend and the marks
 * both derive the shape from the category's position in the dataset's list.
 */
export type ShapeName = 'circle' | 'diamond' | 'square' | 'triangle' | 'triangle-down' | 'hexagon';

export const SHAPES: readonly ShapeName[] = ['circle', 'diamond', 'square', 'triangle', 'triangle-down', 'hexagon'];

/** The shape of the category at `index` in the dataset's list; cycles after six. */
export function shapeForIndex(index: number): ShapeName {
  const count = SHAPES.length;
  const safe = Number.isFinite(index) ? Math.trunc(index) : 0;
  return SHAPES[((safe % count) + count) % count]!;
}

const round = (value: number) => Math.round(value * 100) / 100;

function polygon(points: readonly (readonly [number, number])[]): string {
  return `${points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)},${round(y)}`).join('')}Z`;
}

/**
 * An SVG path centred on 0,0 with the same area as a circle of `radius`: equal area keeps
 * any one category from looking heavier than another. Triangles are centred on their
 * centroid, so they line up with the circles on a lane.
 */
export function shapePath(shape: ShapeName, radius: number): string {
  const r = Math.max(0, radius);
  const area = Math.PI * r * r;
  switch (shape) {
    case 'circle':
      return `M${round(r)},0A${round(r)},${round(r)} 0 1 1 ${round(-r)},0A${round(r)},${round(r)} 0 1 1 ${round(r)},0Z`;
    case 'square': {
      const half = Math.sqrt(area) / 2;
      return polygon([[-half, -half], [half, -half], [half, half], [-half, half]]);
    }
    case 'diamond': {
      // A square on its point: area = 2·d² for half-diagonal d.
      const d = Math.sqrt(area / 2);
      return polygon([[0, -d], [d, 0], [0, d], [-d, 0]]);
    }
    case 'triangle':
    case 'triangle-down': {
      // Equilateral: area = (√3/4)·side²; the centroid is a third of the height up from the base.
      const side = Math.sqrt((4 * area) / Math.sqrt(3));
      const height = (side * Math.sqrt(3)) / 2;
      const flip = shape === 'triangle' ? 1 : -1;
      return polygon([
        [0, (-2 * height * flip) / 3],
        [side / 2, (height * flip) / 3],
        [-side / 2, (height * flip) / 3],
      ]);
    }
    case 'hexagon': {
      // Regular, pointy-top: area = (3√3/2)·R² for circumradius R.
      const circumradius = Math.sqrt((2 * area) / (3 * Math.sqrt(3)));
      const corners = Array.from({ length: 6 }, (_, i) => {
        const angle = (Math.PI / 3) * i - Math.PI / 2;
        return [circumradius * Math.cos(angle), circumradius * Math.sin(angle)] as const;
      });
      return polygon(corners);
    }
  }
}

/** How far a shape drawn by shapePath reaches from its centre, for keeping labels off it. */
export interface ShapeExtent {
  readonly halfWidth: number;
  readonly above: number;
  readonly below: number;
}

// Multiples of the radius, from the equal-area formulas above.
const EXTENTS: Record<ShapeName, readonly [number, number, number]> = {
  circle: [1, 1, 1],
  square: [Math.sqrt(Math.PI) / 2, Math.sqrt(Math.PI) / 2, Math.sqrt(Math.PI) / 2],
  diamond: [Math.sqrt(Math.PI / 2), Math.sqrt(Math.PI / 2), Math.sqrt(Math.PI / 2)],
  triangle: [Math.sqrt(Math.PI / Math.sqrt(3)), (2 / 3) * Math.sqrt(Math.PI * Math.sqrt(3)), (1 / 3) * Math.sqrt(Math.PI * Math.sqrt(3))],
  'triangle-down': [Math.sqrt(Math.PI / Math.sqrt(3)), (1 / 3) * Math.sqrt(Math.PI * Math.sqrt(3)), (2 / 3) * Math.sqrt(Math.PI * Math.sqrt(3))],
  hexagon: [Math.sqrt((2 * Math.PI) / (3 * Math.sqrt(3))) * (Math.sqrt(3) / 2), Math.sqrt((2 * Math.PI) / (3 * Math.sqrt(3))), Math.sqrt((2 * Math.PI) / (3 * Math.sqrt(3)))],
};

export function shapeExtent(shape: ShapeName, radius: number): ShapeExtent {
  const [halfWidth, above, below] = EXTENTS[shape];
  return { halfWidth: halfWidth * radius, above: above * radius, below: below * radius };
}

/** One shape as a <path>; fill and stroke come from CSS (currentColor is the category's colour). */
export function MarkShape(props: { shape: ShapeName; radius: number; className?: string }) {
  return <path className={props.className} d={shapePath(props.shape, props.radius)} />;
}
