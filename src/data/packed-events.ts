import type { CalendarDate } from './calendar-date.ts';
import type { Casualties, Place, Source, TimelineEvent } from './timeline-event.ts';

/**
 * The events as the worker hands them to the page: columns instead of 100,000 objects.
 * Structured cloning pays per object and per property name, so a list of event objects costs
 * the page about a third of a second to receive at 100,000 events; typed arrays move for
 * free, and a few string lists are quick to copy. Values that repeat (dates, places, actor
 * lists) travel once, in tables. What the timeline does not need to draw (summary, sources,
 * casualties, tags) travels as one JSON text per event, read when something first asks.
 */
export interface PackedEvents {
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  readonly categories: readonly string[];
  readonly category: Uint16Array;
  readonly start: Float64Array;
  readonly stop: Float64Array;
  readonly approximate: Uint8Array;
  readonly dates: readonly CalendarDate[];
  readonly date: Uint32Array;
  /** Index into `dates`, or -1 for none. */
  readonly end: Int32Array;
  readonly places: readonly Place[];
  readonly place: Int32Array;
  readonly actorLists: readonly (readonly string[])[];
  readonly actors: Uint32Array;
  readonly details: readonly string[];
}

interface Details {
  readonly summary: string;
  readonly sources: readonly Source[];
  readonly tags: readonly string[];
  readonly casualties?: Casualties;
}

/** Numbers its distinct values (by identity, or by a key) in order of first use. */
function table<T>(key: (value: T) => unknown = (value) => value) {
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

/** Worker side. The typed arrays are listed in `transfer` for postMessage. */
export function packEvents(events: readonly TimelineEvent[]): { packed: PackedEvents; transfer: ArrayBuffer[] } {
  const n = events.length;
  const categories = table<string>();
  const dates = table<CalendarDate>((date) => date.text);
  const places = table<Place>();
  const actorLists = table<readonly string[]>((list) => JSON.stringify(list));
  const packed: PackedEvents = {
    ids: events.map((event) => event.id),
    titles: events.map((event) => event.title),
    categories: categories.values,
    category: new Uint16Array(n),
    start: new Float64Array(n),
    stop: new Float64Array(n),
    approximate: new Uint8Array(n),
    dates: dates.values,
    date: new Uint32Array(n),
    end: new Int32Array(n),
    places: places.values,
    place: new Int32Array(n),
    actorLists: actorLists.values,
    actors: new Uint32Array(n),
    details: events.map(({ summary, sources, tags, casualties }) => JSON.stringify({ summary, sources, tags, casualties } satisfies Details)),
  };
  events.forEach((event, i) => {
    packed.category[i] = categories.code(event.category);
    packed.start[i] = event.start;
    packed.stop[i] = event.stop;
    packed.approximate[i] = event.approximate ? 1 : 0;
    packed.date[i] = dates.code(event.date);
    packed.end[i] = event.end ? dates.code(event.end) : -1;
    packed.place[i] = event.place ? places.code(event.place) : -1;
    packed.actors[i] = actorLists.code(event.actors);
  });
  const { category, start, stop, approximate, date, end, place, actors } = packed;
  return { packed, transfer: [category, start, stop, approximate, date, end, place, actors].map((array) => array.buffer as ArrayBuffer) };
}

/**
 * One event read from the columns: what drawing, filtering and the list need is set at once;
 * the rest is parsed from its JSON the first time it is read, then kept.
 */
class PackedEvent implements TimelineEvent {
  readonly id: string;
  readonly title: string;
  readonly category: string;
  readonly date: CalendarDate;
  readonly end: CalendarDate | undefined;
  readonly approximate: boolean;
  readonly place: Place | undefined;
  readonly actors: readonly string[];
  readonly start: number;
  readonly stop: number;
  #detailText: string | undefined;
  #details: Details | undefined;

  constructor(packed: PackedEvents, i: number) {
    const end = packed.end[i]!;
    const place = packed.place[i]!;
    this.id = packed.ids[i]!;
    this.title = packed.titles[i]!;
    this.category = packed.categories[packed.category[i]!]!;
    this.date = packed.dates[packed.date[i]!]!;
    this.end = end < 0 ? undefined : packed.dates[end];
    this.approximate = packed.approximate[i] === 1;
    this.place = place < 0 ? undefined : packed.places[place];
    this.actors = packed.actorLists[packed.actors[i]!]!;
    this.start = packed.start[i]!;
    this.stop = packed.stop[i]!;
    this.#detailText = packed.details[i];
  }

  #read(): Details {
    if (!this.#details) {
      this.#details = JSON.parse(this.#detailText!) as Details;
      this.#detailText = undefined;
    }
    return this.#details;
  }

  get summary() {
    return this.#read().summary;
  }
  get sources() {
    return this.#read().sources;
  }
  get tags() {
    return this.#read().tags;
  }
  get casualties() {
    return this.#read().casualties;
  }
}

/** Page side. */
export function unpackEvents(packed: PackedEvents): TimelineEvent[] {
  return packed.ids.map((_, i) => new PackedEvent(packed, i));
}
