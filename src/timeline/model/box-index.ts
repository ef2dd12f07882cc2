/** An axis-aligned rectangle in plot pixels; `owner` names the mark or label it belongs to. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly owner: string;
}

const CELL_WIDTH = 64;
const CELL_HEIGHT = 16;
// Cell keys as numbers: columns offset so a little left of the plot (cut marks) still counts.
const COLUMNS = 1 << 14;
const OFFSET = 256;

const columnOf = (x: number) => Math.floor(x / CELL_WIDTH) + OFFSET;
const rowOf = (y: number) => Math.floor(y / CELL_HEIGHT) + OFFSET;

/**
 * A uniform grid of boxes for "does this rectangle touch anything?" in a few steps, so placing
 * a label costs the same at 50 marks as at 2,000. Built for one layout, then thrown away; the
 * boxes themselves are never changed.
 */
export class BoxIndex {
  readonly #cells = new Map<number, Box[]>();

  add(box: Box): void {
    for (let row = rowOf(box.y0); row <= rowOf(box.y1); row++) {
      for (let column = columnOf(box.x0); column <= columnOf(box.x1); column++) {
        const key = row * COLUMNS + column;
        const cell = this.#cells.get(key);
        if (cell) cell.push(box);
        else this.#cells.set(key, [box]);
      }
    }
  }

  /** Whether the rectangle overlaps a box that is not `except`'s (its own mark). */
  hits(x0: number, y0: number, x1: number, y1: number, except: string): boolean {
    for (let row = rowOf(y0); row <= rowOf(y1); row++) {
      for (let column = columnOf(x0); column <= columnOf(x1); column++) {
        const cell = this.#cells.get(row * COLUMNS + column);
        if (!cell) continue;
        for (const box of cell) {
          if (box.owner !== except && box.x0 < x1 && box.x1 > x0 && box.y0 < y1 && box.y1 > y0) return true;
        }
      }
    }
    return false;
  }

  /**
   * The free run to the right of x0 (or to the left, going down from x1) along the band y0–y1,
   * up to `limit`: where the first box in the way begins (or ends).
   */
  freeRun(x: number, y0: number, y1: number, limit: number, except: string, direction: 1 | -1): number {
    let edge = limit;
    const [from, to] = direction === 1 ? [columnOf(x), columnOf(limit)] : [columnOf(limit), columnOf(x)];
    for (let row = rowOf(y0); row <= rowOf(y1); row++) {
      for (let column = from; column <= to; column++) {
        const cell = this.#cells.get(row * COLUMNS + column);
        if (!cell) continue;
        for (const box of cell) {
          if (box.owner === except || box.y0 >= y1 || box.y1 <= y0) continue;
          if (direction === 1 && box.x1 > x && box.x0 < edge) edge = Math.max(x, box.x0);
          if (direction === -1 && box.x0 < x && box.x1 > edge) edge = Math.min(x, box.x1);
        }
      }
    }
    return edge;
  }
}
