/**
 * Counts per pixel column, for lanes that hold far more events than marks fit: at a coarse zoom
 * 16,000 events in one lane would otherwise be 250 arbitrary marks and dozens of "+600" badges.
 * Pure: positions in, new columns out.
 */
export interface DensityColumn {
  /** Left and right edge of the column, in pixels. */
  readonly x0: number;
  readonly x1: number;
  readonly count: number;
}

/**
 * Bins positions (pixels) into columns `binWidth` wide over [0, width). Positions outside are
 * not counted (they belong to the margin a layout keeps for marks cut by the edge). Only
 * columns with at least one event are returned, left to right.
 */
export function computeDensity(positions: ArrayLike<number>, width: number, binWidth: number): DensityColumn[] {
  const step = Math.max(binWidth, 0.5);
  const columns = Math.max(0, Math.ceil(width / step));
  const counts = new Uint32Array(columns);
  for (let i = 0; i < positions.length; i++) {
    const x = positions[i]!;
    // NaN fails both comparisons and is dropped with the out-of-range positions.
    if (!(x >= 0 && x < width)) continue;
    counts[Math.min(Math.floor(x / step), columns - 1)]! += 1;
  }
  const result: DensityColumn[] = [];
  for (let column = 0; column < columns; column++) {
    const count = counts[column]!;
    if (count > 0) result.push({ x0: column * step, x1: Math.min((column + 1) * step, width), count });
  }
  return result;
}

/**
 * The bar height of a column: square root of its share of the busiest column, so one crowded
 * day does not flatten every other column to a hairline; never below `minHeight`, so a single
 * event stays visible.
 */
export function densityBarHeight(count: number, maxCount: number, fullHeight: number, minHeight = 2): number {
  if (count <= 0 || maxCount <= 0) return 0;
  return Math.max(minHeight, Math.sqrt(Math.min(count / maxCount, 1)) * fullHeight);
}
