import type { CalendarDate } from '../data/calendar-date.ts';
import type { Dataset, TimelineEvent } from '../data/timeline-event.ts';

/**
 * What a citation says, as one CSL-JSON item (the Citation Style Language's data format, which
 * every style and BibTeX are made from, and which reference managers import as it is). Pure:
 * the caller gives the permalink and the day of access, so a test can fix both.
 *
 * An event is a `webpage` inside the dataset (its `container-title`); the dataset is a
 * `dataset`. The revision is the CSL `version`; the issued date is when the page last changed
 * (the event's `updated`, else the dataset's); `accessed` is the reader's local day.
 */
type DateParts = { readonly 'date-parts': readonly (readonly number[])[] };

export interface CslItem {
  readonly id: string;
  /** BibTeX's key: letters, digits and "_" only (plugin-bibtex makes up a key for anything else). */
  readonly 'citation-key': string;
  readonly type: 'webpage' | 'dataset';
  readonly title: string;
  readonly 'container-title'?: string;
  readonly publisher?: string;
  readonly version?: string;
  readonly URL: string;
  readonly issued?: DateParts;
  readonly accessed: DateParts;
}

export type CitedDataset = Pick<Dataset, 'title' | 'revision' | 'publisher' | 'updated'>;

/** A calendar date as CSL date-parts, to its precision (year, month or day; a time is dropped). */
export function cslDate(date: CalendarDate): DateParts {
  const parts = date.text.slice(0, 10).split('-').map(Number);
  const length = date.precision === 'year' ? 1 : date.precision === 'month' ? 2 : 3;
  return { 'date-parts': [parts.slice(0, length)] };
}

/** The reader's local day (the access date a reader would write). */
export function cslToday(now: Date): DateParts {
  return { 'date-parts': [[now.getFullYear(), now.getMonth() + 1, now.getDate()]] };
}

const citationKey = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 60) || 'timeline';

function shared(dataset: CitedDataset, url: string, accessed: Date, updated: CalendarDate | undefined) {
  return {
    ...(dataset.publisher ? { publisher: dataset.publisher } : {}),
    ...(dataset.revision ? { version: dataset.revision } : {}),
    URL: url,
    ...(updated ? { issued: cslDate(updated) } : {}),
    accessed: cslToday(accessed),
  };
}

export function eventCitationItem(event: Pick<TimelineEvent, 'id' | 'title' | 'updated'>, dataset: CitedDataset, url: string, accessed: Date): CslItem {
  return {
    id: event.id,
    'citation-key': citationKey(event.id),
    type: 'webpage',
    title: event.title,
    'container-title': dataset.title,
    ...shared(dataset, url, accessed, event.updated ?? dataset.updated),
  };
}

export function datasetCitationItem(dataset: CitedDataset, url: string, accessed: Date): CslItem {
  const key = citationKey(dataset.title);
  return { id: key, 'citation-key': key, type: 'dataset', title: dataset.title, ...shared(dataset, url, accessed, dataset.updated) };
}
