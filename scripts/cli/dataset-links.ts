import { safeHttpUrl } from '../../src/data/safe-url.ts';
import type { Dataset } from '../../src/data/timeline-event.ts';

/**
 * Every link a dataset shows a reader, once each: each event source's `url` and `archived` copy,
 * and each series point's source. A URL used in several places is checked once and reported
 * against each place (`uses`), in dataset order (events as the app sorts them).
 */
export type LinkUse =
  | { readonly event: string; readonly source: number; readonly field: 'url' | 'archived' }
  | { readonly series: string; readonly point: string; readonly field: 'url' };

export interface DatasetLink {
  /** As the URL parser writes it (so "HTTP://Example.org" and "http://example.org/" are one link), or as written when it is no URL. */
  readonly url: string;
  readonly uses: readonly LinkUse[];
}

type RawSources = readonly unknown[];

/**
 * The raw source objects of each event in our format, by id, for the fields the parser does not
 * keep (`archived`, until it does). The parser keeps the first valid record of an id, with its
 * sources in order; the first record of that id whose source URLs are the same is that one.
 */
function rawSourcesOf(raw: unknown): (id: string, urls: readonly string[]) => RawSources | undefined {
  const events = (raw as { events?: unknown } | null)?.events;
  const byId = new Map<string, RawSources[]>();
  for (const record of Array.isArray(events) ? events : []) {
    const { id, sources } = (record ?? {}) as { id?: unknown; sources?: unknown };
    if (typeof id !== 'string' || !Array.isArray(sources)) continue;
    byId.set(id, [...(byId.get(id) ?? []), sources]);
  }
  const sameUrls = (sources: RawSources, urls: readonly string[]) =>
    sources.length === urls.length &&
    sources.every((source, index) => {
      const url = (source as { url?: unknown } | null)?.url;
      return typeof url === 'string' && safeHttpUrl(url.trim()) === safeHttpUrl(urls[index]);
    });
  return (id, urls) => byId.get(id)?.find((sources) => sameUrls(sources, urls));
}

/** An optional string field, trimmed; undefined when absent, empty or not text. */
function archivedOf(...candidates: unknown[]): string | undefined {
  for (const candidate of candidates) {
    const value = (candidate as { archived?: unknown } | null | undefined)?.archived;
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

/**
 * `raw` is the dataset's JSON when it is in our format (undefined for imported formats, which
 * have no archived copies).
 */
export function datasetLinks(dataset: Dataset, raw?: unknown): DatasetLink[] {
  const links = new Map<string, LinkUse[]>();
  const add = (written: string, use: LinkUse) => {
    const url = safeHttpUrl(written) ?? written;
    const uses = links.get(url);
    if (uses) uses.push(use);
    else links.set(url, [use]);
  };
  const rawSources = rawSourcesOf(raw);
  for (const event of dataset.events) {
    const rawOfEvent = rawSources(event.id, event.sources.map((source) => source.url));
    event.sources.forEach((source, index) => {
      add(source.url, { event: event.id, source: index, field: 'url' });
      const archived = archivedOf(source, rawOfEvent?.[index]);
      if (archived !== undefined) add(archived, { event: event.id, source: index, field: 'archived' });
    });
  }
  for (const series of dataset.series) {
    for (const point of series.points) {
      if (point.source) add(point.source.url, { series: series.id, point: point.date.text, field: 'url' });
    }
  }
  return [...links].map(([url, uses]) => ({ url, uses }));
}
