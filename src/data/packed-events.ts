import type { CalendarDate, DatePrecision } from './calendar-date.ts';
import type { Casualties, Place, Source, TimelineEvent } from './timeline-event.ts';

/**
 * The events as the worker hands them to the page: columns instead of 100,000 objects.
 * Structured cloning pays per object and per property name, so a list of event objects cost
 * the page about a third of a second to receive at 100,000 events; typed arrays are moved
 * (transferred), lists of strings are quick to copy, and values that repeat (dates, places,
 * actor and tag lists, casualty notes) travel once, in tables. An event's sources are rebuilt
 * as objects only when something first reads them (the panel, an export).
 */
export interface PackedEvents {
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  readonly summaries: readonly string[];
  readonly categories: readonly string[];
  readonly category: Uint16Array;
  readonly start: Float64Array;
  readonly stop: Float64Array;
  readonly approximate: Uint8Array;
  readonly dates: DateColumns;
  readonly date: Uint32Array;
  /** Indexes into the table before them; -1 for none. */
  readonly end: Int32Array;
  readonly places: readonly Place[];
  readonly place: Int32Array;
  readonly casualtyTable: readonly Casualties[];
  readonly casualties: Int32Array;
  readonly lists: readonly (readonly string[])[];
  readonly actors: Uint32Array;
  readonly tags: Uint32Array;
  /** Event i's sources are entries sourceFrom[i] to sourceFrom[i + 1] of the source columns. */
  readonly sourceFrom: Uint32Array;
  readonly sourceUrl: readonly string[];
  readonly sourceTitle: readonly string[];
  readonly sourcePublisher: readonly string[];
  readonly sourcePublished: Int32Array;
}

/**
 * Many strings sent as one: string i is text.slice(ends[i - 1] ?? 0, ends[i]). Used for the
 * dates' texts. (Joining the events' own strings too was tried: what the page saves in copying,
 * the worker spends joining, about 60 ms each way at 100,000 events.)
 */
export interface StringColumn {
  readonly text: string;
  readonly ends: Uint32Array;
}

function stringColumn(strings: readonly string[]): StringColumn {
  const ends = new Uint32Array(strings.length);
  let end = 0;
  strings.forEach((text, i) => (ends[i] = end += text.length));
  return { text: strings.join(''), ends };
}

function stringAt(column: StringColumn, i: number): string {
  return column.text.slice(i === 0 ? 0 : column.ends[i - 1], column.ends[i]);
}

/** The table of distinct dates, in columns too: a dataset with times has thousands. */
interface DateColumns {
  readonly text: StringColumn;
  readonly precisions: readonly DatePrecision[];
  readonly precision: Uint8Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** NO_OFFSET for a date without a time. */
  readonly offsetMinutes: Int16Array;
}

/** Offsets are within ±14 hours, so this is never one. */
const NO_OFFSET = -32768;

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

/** Page side: the dates again, one object each, which every event that has that date shares. */
function datesFrom(columns: DateColumns): CalendarDate[] {
  return Array.from(columns.start, (start, i) => {
    const offset = columns.offsetMinutes[i]!;
    return {
      text: stringAt(columns.text, i),
      precision: columns.precisions[columns.precision[i]!]!,
      start,
      end: columns.end[i]!,
      offsetMinutes: offset === NO_OFFSET ? null : offset,
    };
  });
}

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

const listKey = (list: readonly string[]) => (list.length === 0 ? '' : JSON.stringify(list));

/** Worker side. `transfer` lists the typed arrays' buffers for postMessage. */
export function packEvents(events: readonly TimelineEvent[]): { packed: PackedEvents; transfer: ArrayBuffer[] } {
  const n = events.length;
  const categories = table<string>((id) => id);
  const dates = table<CalendarDate>((date) => date.text);
  const places = table<Place>((place) => place);
  const casualties = table<Casualties>((entry) => JSON.stringify(entry));
  const lists = table<readonly string[]>(listKey);
  const sourceCount = events.reduce((sum, event) => sum + event.sources.length, 0);
  const sourceUrl: string[] = [];
  const sourceTitle: string[] = [];
  const sourcePublisher: string[] = [];
  const packed = {
    ids: events.map((event) => event.id),
    titles: events.map((event) => event.title),
    summaries: events.map((event) => event.summary),
    categories: categories.values,
    category: new Uint16Array(n),
    start: new Float64Array(n),
    stop: new Float64Array(n),
    approximate: new Uint8Array(n),
    date: new Uint32Array(n),
    end: new Int32Array(n),
    places: places.values,
    place: new Int32Array(n),
    casualtyTable: casualties.values,
    casualties: new Int32Array(n),
    lists: lists.values,
    actors: new Uint32Array(n),
    tags: new Uint32Array(n),
    sourceFrom: new Uint32Array(n + 1),
    sourceUrl,
    sourceTitle,
    sourcePublisher,
    sourcePublished: new Int32Array(sourceCount),
  };
  events.forEach((event, i) => {
    packed.category[i] = categories.code(event.category);
    packed.start[i] = event.start;
    packed.stop[i] = event.stop;
    packed.approximate[i] = event.approximate ? 1 : 0;
    packed.date[i] = dates.code(event.date);
    packed.end[i] = event.end ? dates.code(event.end) : -1;
    packed.place[i] = event.place ? places.code(event.place) : -1;
    packed.casualties[i] = event.casualties ? casualties.code(event.casualties) : -1;
    packed.actors[i] = lists.code(event.actors);
    packed.tags[i] = lists.code(event.tags);
    for (const source of event.sources) {
      packed.sourcePublished[sourceUrl.length] = source.published ? dates.code(source.published) : -1;
      sourceUrl.push(source.url);
      sourceTitle.push(source.title);
      sourcePublisher.push(source.publisher);
    }
    packed.sourceFrom[i + 1] = sourceUrl.length;
  });
  const columns: PackedEvents = { ...packed, dates: dateColumns(dates.values) };
  const dateTable = columns.dates;
  const typed = [
    ...[dateTable.text.ends, dateTable.precision, dateTable.start, dateTable.end, dateTable.offsetMinutes],
    ...[packed.category, packed.start, packed.stop, packed.approximate, packed.date, packed.end, packed.place],
    ...[packed.casualties, packed.actors, packed.tags, packed.sourceFrom, packed.sourcePublished],
  ];
  return { packed: columns, transfer: typed.map((array) => array.buffer as ArrayBuffer) };
}

/** The columns, and what every event shares once made on the page. */
interface Unpacked {
  readonly packed: PackedEvents;
  readonly dates: readonly CalendarDate[];
}

/** One event read from the columns; its sources are made on first read, then kept. */
class PackedEvent implements TimelineEvent {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly category: string;
  readonly date: CalendarDate;
  readonly end: CalendarDate | undefined;
  readonly approximate: boolean;
  readonly place: Place | undefined;
  readonly actors: readonly string[];
  readonly casualties: Casualties | undefined;
  readonly tags: readonly string[];
  readonly start: number;
  readonly stop: number;
  readonly #from: Unpacked;
  readonly #index: number;
  #sources: readonly Source[] | undefined;

  constructor(from: Unpacked, i: number) {
    const { packed, dates } = from;
    const { end, place, casualties } = packed;
    this.id = packed.ids[i]!;
    this.title = packed.titles[i]!;
    this.summary = packed.summaries[i]!;
    this.category = packed.categories[packed.category[i]!]!;
    this.date = dates[packed.date[i]!]!;
    this.end = end[i]! < 0 ? undefined : dates[end[i]!];
    this.approximate = packed.approximate[i] === 1;
    this.place = place[i]! < 0 ? undefined : packed.places[place[i]!];
    this.actors = packed.lists[packed.actors[i]!]!;
    this.casualties = casualties[i]! < 0 ? undefined : packed.casualtyTable[casualties[i]!];
    this.tags = packed.lists[packed.tags[i]!]!;
    this.start = packed.start[i]!;
    this.stop = packed.stop[i]!;
    this.#from = from;
    this.#index = i;
  }

  get sources(): readonly Source[] {
    if (!this.#sources) {
      const { packed, dates } = this.#from;
      const sources: Source[] = [];
      for (let s = packed.sourceFrom[this.#index]!; s < packed.sourceFrom[this.#index + 1]!; s++) {
        const published = packed.sourcePublished[s]!;
        const source = { url: packed.sourceUrl[s]!, title: packed.sourceTitle[s]!, publisher: packed.sourcePublisher[s]! };
        sources.push(published < 0 ? source : { ...source, published: dates[published]! });
      }
      this.#sources = sources;
    }
    return this.#sources;
  }
}

/** Page side. */
export function unpackEvents(packed: PackedEvents): TimelineEvent[] {
  const from: Unpacked = { packed, dates: datesFrom(packed.dates) };
  return packed.ids.map((_, i) => new PackedEvent(from, i));
}
