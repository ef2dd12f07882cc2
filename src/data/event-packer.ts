import type { CalendarDate, DatePrecision } from './calendar-date.ts';
import { CLAIM_STATUSES } from './claim-status.ts';
import { NO_OFFSET, NO_STATUS, type DateColumns, type PackedEvents, type StringColumn } from './packed-events.ts';
import type { Casualties, Place, TimelineEvent } from './timeline-event.ts';

/** Worker side of packed-events.ts: the events of a loaded dataset, into columns for the page. */

/** Numbers distinct values (by a key) in order of first use. */
function table<T>(key: (value: T) => unknown) {
  const values: T[] = [];
  const codes = new Map<unknown, number>();
  const code = (value: T): number => {
    const k = key(value);
    let found = codes.get(k);
    if (found === undefined) codes.set(k, (found = values.push(value) - 1));
    return found;
  };
  return { values, code };
}

const STATUS_CODES = new Map<string, number>(CLAIM_STATUSES.map((status, i) => [status, i]));

const listKey = (list: readonly string[]) => (list.length === 0 ? '' : JSON.stringify(list));

/** `transfer` lists the typed arrays' buffers for postMessage. */
export function packEvents(events: readonly TimelineEvent[]): { packed: PackedEvents; transfer: ArrayBuffer[] } {
  const n = events.length;
  const categories = table<string>((id) => id);
  const dates = table<CalendarDate>((date) => date.text);
  const places = table<Place>((place) => place);
  const casualties = table<Casualties>((entry) => JSON.stringify(entry));
  const lists = table<readonly string[]>(listKey);
  const sourceCount = events.reduce((sum, event) => sum + event.sources.length, 0);
  const labels: string[] = [];
  const translations: NonNullable<TimelineEvent['i18n']>[] = [];
  const sourceUrl: string[] = [];
  const sourceTitle: string[] = [];
  const sourcePublisher: string[] = [];
  const sourceArchived: string[] = [];
  const packed = {
    ids: events.map((event) => event.id),
    titles: events.map((event) => event.title),
    labels,
    label: new Int32Array(n),
    summaries: events.map((event) => event.summary),
    categories: categories.values,
    category: new Uint16Array(n),
    start: new Float64Array(n),
    stop: new Float64Array(n),
    approximate: new Uint8Array(n),
    key: new Uint8Array(n),
    date: new Uint32Array(n),
    end: new Int32Array(n),
    places: places.values,
    place: new Int32Array(n),
    casualtyTable: casualties.values,
    casualties: new Int32Array(n),
    lists: lists.values,
    actors: new Uint32Array(n),
    tags: new Uint32Array(n),
    status: new Uint8Array(n),
    updated: new Int32Array(n),
    translations,
    translation: new Int32Array(n),
    sourceFrom: new Uint32Array(n + 1),
    sourceUrl,
    sourceTitle,
    sourcePublisher,
    sourceArchived,
    sourcePublished: new Int32Array(sourceCount),
  };
  events.forEach((event, i) => {
    packed.category[i] = categories.code(event.category);
    packed.start[i] = event.start;
    packed.stop[i] = event.stop;
    packed.approximate[i] = event.approximate ? 1 : 0;
    packed.key[i] = event.key ? 1 : 0;
    packed.label[i] = event.label === undefined ? -1 : labels.push(event.label) - 1;
    packed.date[i] = dates.code(event.date);
    packed.end[i] = event.end ? dates.code(event.end) : -1;
    packed.place[i] = event.place ? places.code(event.place) : -1;
    packed.casualties[i] = event.casualties ? casualties.code(event.casualties) : -1;
    packed.actors[i] = lists.code(event.actors);
    packed.tags[i] = lists.code(event.tags);
    packed.status[i] = event.status === undefined ? NO_STATUS : STATUS_CODES.get(event.status)!;
    packed.updated[i] = event.updated ? dates.code(event.updated) : -1;
    packed.translation[i] = event.i18n ? translations.push(event.i18n) - 1 : -1;
    for (const source of event.sources) {
      packed.sourcePublished[sourceUrl.length] = source.published ? dates.code(source.published) : -1;
      sourceUrl.push(source.url);
      sourceTitle.push(source.title);
      sourcePublisher.push(source.publisher);
      sourceArchived.push(source.archived ?? '');
    }
    packed.sourceFrom[i + 1] = sourceUrl.length;
  });
  const columns: PackedEvents = { ...packed, dates: dateColumns(dates.values) };
  const dateTable = columns.dates;
  const typed = [
    ...[dateTable.text.ends, dateTable.precision, dateTable.start, dateTable.end, dateTable.offsetMinutes],
    ...[packed.category, packed.start, packed.stop, packed.approximate, packed.key, packed.label, packed.date, packed.end, packed.place],
    ...[packed.casualties, packed.actors, packed.tags, packed.status, packed.updated, packed.translation, packed.sourceFrom, packed.sourcePublished],
  ];
  return { packed: columns, transfer: typed.map((array) => array.buffer as ArrayBuffer) };
}

function stringColumn(strings: readonly string[]): StringColumn {
  const ends = new Uint32Array(strings.length);
  let end = 0;
  strings.forEach((text, i) => (ends[i] = end += text.length));
  return { text: strings.join(''), ends };
}

function dateColumns(dates: readonly CalendarDate[]): DateColumns {
  const precisions = table<DatePrecision>((precision) => precision);
  const columns = {
    text: stringColumn(dates.map((date) => date.text)),
    precisions: precisions.values,
    precision: new Uint8Array(dates.length),
    start: new Float64Array(dates.length),
    end: new Float64Array(dates.length),
    offsetMinutes: new Int16Array(dates.length),
  };
  dates.forEach((date, i) => {
    columns.precision[i] = precisions.code(date.precision);
    columns.start[i] = date.start;
    columns.end[i] = date.end;
    columns.offsetMinutes[i] = date.offsetMinutes ?? NO_OFFSET;
  });
  return columns;
}
