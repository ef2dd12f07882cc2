/**
 * Several events at one place (eight in Baghdad) would be drawn on top of each other, and only
 * the top one could be clicked. Points that overlap are fanned out on a small ring around
 * their shared spot, each keeping a leg back to it, so every event has its own target and the
 * reader still sees where they all are.
 */
export interface SpreadInput {
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  /** Only points of the same layer are fanned out together (hollow area marks sit under dots). */
  readonly layer?: string;
}

export interface Spread {
  readonly x: number;
  readonly y: number;
}

/** Space between neighbours on a ring, in px. */
const RING_GAP = 2;

interface Group {
  readonly x: number;
  readonly y: number;
  readonly layer: string | undefined;
  radius: number;
  readonly members: number[];
}

export function spreadPoints(points: readonly SpreadInput[], width: number, height: number, margin = 0): Spread[] {
  // Greedy grouping in input order: a point joins the first group of its layer whose spot it overlaps.
  const groups: Group[] = [];
  points.forEach((point, index) => {
    const group = groups.find(
      (g) => g.layer === point.layer && Math.hypot(g.x - point.x, g.y - point.y) < Math.max(g.radius, point.radius),
    );
    if (group) {
      group.members.push(index);
      group.radius = Math.max(group.radius, point.radius);
    } else {
      groups.push({ x: point.x, y: point.y, layer: point.layer, radius: point.radius, members: [index] });
    }
  });
  const result: Spread[] = points.map((point) => ({ x: point.x, y: point.y }));
  for (const group of groups) {
    const n = group.members.length;
    if (n < 2) continue;
    // The ring is just long enough to seat every member side by side.
    const circumference = group.members.reduce((sum, index) => sum + 2 * points[index]!.radius + RING_GAP, 0);
    const ring = Math.max(group.radius * 1.5, circumference / (2 * Math.PI));
    group.members.forEach((index, i) => {
      const angle = (2 * Math.PI * i) / n - Math.PI / 2;
      result[index] = { x: group.x + ring * Math.cos(angle), y: group.y + ring * Math.sin(angle) };
    });
  }
  // A ring near the frame's edge must not push a point, or its focus ring, out of sight.
  return result.map((spot, index) => {
    const r = points[index]!.radius + margin;
    return { x: Math.min(width - r, Math.max(r, spot.x)), y: Math.min(height - r, Math.max(r, spot.y)) };
  });
}
