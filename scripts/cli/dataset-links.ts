import { safeHttpUrl } from '../../src/data/safe-url.ts';
import type { Dataset } from '../../src/data/timeline-event.ts';

/**
 * Every link a dataset shows a reader, once each: each event source's `url` and `archived` copy,
 * and each series point's source. A URL used in several places is checked once and reported
 * against each place (`uses`), in dataset order (events as the app sorts them). Read from the
 * parsed dataset, so every format the app reads is checked, and what the parser refuses (an
 * archived value that is no http(s) URL) is reported by validate, not requested here.
 */
export type LinkUse =
  | { readonly event: string; readonly source: number; readonly field: 'url' | 'archived' }
  | { readonly series: string; readonly point: string; readonly field: 'url' };

export interface DatasetLink {
  /** As the URL parser writes it (so "HTTP://Example.org" and "http://example.org/" are one link), or as written when it is no URL. */
  readonly url: string;
  readonly uses: readonly LinkUse[];
}

export function datasetLinks(dataset: Dataset): DatasetLink[] {
  const links = new Map<string, LinkUse[]>();
  const add = (written: string, use: LinkUse) => {
    const url = safeHttpUrl(written) ?? written;
    const uses = links.get(url);
    if (uses) uses.push(use);
    else links.set(url, [use]);
  };
  for (const event of dataset.events) {
    event.sources.forEach((source, index) => {
      add(source.url, { event: event.id, source: index, field: 'url' });
      if (source.archived) add(source.archived, { event: event.id, source: index, field: 'archived' });
    });
  }
  for (const series of dataset.series) {
    for (const point of series.points) {
      if (point.source) add(point.source.url, { series: series.id, point: point.date.text, field: 'url' });
    }
  }
  return [...links].map(([url, uses]) => ({ url, uses }));
}
