/**
 * The overview of a Parquet dataset, kept in the file's own footer (key-value metadata under
 * PARQUET_METADATA_KEY, beside the dataset's header) so that the footer alone draws the whole
 * strip: how many events there are, their extent, and the events per UTC day and category.
 * Counted by the writer as it goes; days without events are left out.
 */
export interface ParquetSummary {
  readonly total: number;
  /** From the earliest start to the latest stop (ms), as extentOf gives for the events. */
  readonly extent: { readonly from: number; readonly to: number };
  /** The category ids the counts are in, in this order. */
  readonly categories: readonly string[];
  /** [day number since 1970 (UTC), count of category 0, count of category 1, …], by day. */
  readonly days: readonly (readonly number[])[];
}

/** What the footer holds under PARQUET_METADATA_KEY. */
export interface ParquetFooterData {
  /** The dataset in our JSON format without its events (title, categories, series, changes …). */
  readonly header: Record<string, unknown>;
  readonly summary: ParquetSummary;
}

const DAY = 24 * 60 * 60 * 1000;

export function summaryCounter(categories: readonly string[]) {
  const column = new Map(categories.map((id, i) => [id, i]));
  const days = new Map<number, number[]>();
  let total = 0;
  let from = Infinity;
  let to = -Infinity;
  return {
    add(start: number, stop: number, category: string) {
      const day = Math.floor(start / DAY);
      let counts = days.get(day);
      if (!counts) days.set(day, (counts = new Array<number>(categories.length).fill(0)));
      const at = column.get(category);
      if (at !== undefined) counts[at]!++;
      total++;
      from = Math.min(from, start);
      to = Math.max(to, stop);
    },
    finish(): ParquetSummary {
      const sorted = [...days].sort(([a], [b]) => a - b).map(([day, counts]) => [day, ...counts]);
      return { total, extent: total ? { from, to } : { from: 0, to: 0 }, categories, days: sorted };
    },
  };
}

/** Events whose start falls in [from, to), from the day counts (days cut by the window count in proportion). */
export function countInWindow(summary: ParquetSummary, from: number, to: number): number {
  let count = 0;
  for (const [day, ...counts] of summary.days) {
    const dayFrom = day! * DAY;
    const overlap = Math.min(to, dayFrom + DAY) - Math.max(from, dayFrom);
    if (overlap <= 0) continue;
    count += (counts.reduce((sum, n) => sum + n, 0) * overlap) / DAY;
  }
  return Math.round(count);
}

/**
 * The overview of several files (an index, parquet-index.ts) as one: totals added, extents
 * joined, and the day counts added day by day (a day two files share, where one split ends and
 * the next begins, counts both). In the first summary's category order; another's counts are
 * moved to the columns of the same ids (a category the first does not have is not counted: the
 * caller refuses such files first).
 */
export function mergeSummaries(summaries: readonly ParquetSummary[]): ParquetSummary {
  const categories = summaries[0]?.categories ?? [];
  const days = new Map<number, number[]>();
  let total = 0;
  let from = Infinity;
  let to = -Infinity;
  for (const summary of summaries) {
    const column = summary.categories.map((id) => categories.indexOf(id));
    for (const [day, ...counts] of summary.days) {
      let merged = days.get(day!);
      if (!merged) days.set(day!, (merged = new Array<number>(categories.length).fill(0)));
      counts.forEach((count, i) => {
        if (column[i]! >= 0) merged[column[i]!]! += count;
      });
    }
    if (summary.total === 0) continue;
    total += summary.total;
    from = Math.min(from, summary.extent.from);
    to = Math.max(to, summary.extent.to);
  }
  const sorted = [...days].sort(([a], [b]) => a - b).map(([day, counts]) => [day, ...counts]);
  return { total, extent: total ? { from, to } : { from: 0, to: 0 }, categories, days: sorted };
}
