/**
 * `work` over every item with at most `limit` calls in flight, the results in the items' order:
 * check-links asks many servers at once without opening hundreds of sockets (or tripping a
 * publisher's rate limit) on a large dataset.
 */
export async function mapBounded<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
