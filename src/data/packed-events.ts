import type { CalendarDate, DatePrecision } from './calendar-date.ts';
import { CLAIM_STATUSES, type ClaimStatus } from './claim-status.ts';
import type { Casualties, EventTranslation, Place, Source, TimelineEvent, Translations } from './timeline-event.ts';

/**
 * The events as the worker hands them to the page: columns instead of 100,000 objects.
 * Structured cloning pays per object and per property name, so a list of event objects cost
 * the page about a third of a second to receive at 100,000 events; typed arrays are moved
 * (transferred), lists of strings are quick to copy, and values that repeat (dates, places,
 * actor and tag lists, casualty notes) travel once, in tables. An event's sources are rebuilt
 * as objects only when something first reads them (the panel, an export). The worker packs them
 * (event-packer.ts); the page reads them here.
 */
export interface PackedEvents {
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  /**
   * Only the labels there are, in event order; label[i] indexes them, -1 for none. Most events
   * have none, so this sends a few strings rather than 100,000 empty ones.
   */
  readonly labels: readonly string[];
  readonly label: Int32Array;
  readonly summaries: readonly string[];
  readonly categories: readonly string[];
  readonly category: Uint16Array;
  readonly start: Float64Array;
  readonly stop: Float64Array;
  readonly approximate: Uint8Array;
  /** 1 for a key moment. */
  readonly key: Uint8Array;
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
  /** Index into CLAIM_STATUSES; NO_STATUS for none. */
  readonly status: Uint8Array;
  /** Index into the dates table; -1 for none. */
  readonly updated: Int32Array;
  /** Only the events' translations there are; translation[i] indexes them, -1 for none (as labels). */
  readonly translations: readonly Translations<EventTranslation>[];
  readonly translation: Int32Array;
  /** Event i's sources are entries sourceFrom[i] to sourceFrom[i + 1] of the source columns. */
  readonly sourceFrom: Uint32Array;
  readonly sourceUrl: readonly string[];
  readonly sourceTitle: readonly string[];
  readonly sourcePublisher: readonly string[];
  /** '' where a source has no archived copy. */
  readonly sourceArchived: readonly string[];
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

function stringAt(column: StringColumn, i: number): string {
  return column.text.slice(i === 0 ? 0 : column.ends[i - 1], column.ends[i]);
}

/** The table of distinct dates, in columns too: a dataset with times has thousands. */
export interface DateColumns {
  readonly text: StringColumn;
  readonly precisions: readonly DatePrecision[];
  readonly precision: Uint8Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** NO_OFFSET for a date without a time. */
  readonly offsetMinutes: Int16Array;
}

/** A status code no status has. */
export const NO_STATUS = 255;

/** Offsets are within ±14 hours, so this is never one. */
export const NO_OFFSET = -32768;

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

/** The columns, and what every event shares once made on the page. */
interface Unpacked {
  readonly packed: PackedEvents;
  readonly dates: readonly CalendarDate[];
}

/** One event read from the columns; its sources are made on first read, then kept. */
class PackedEvent implements TimelineEvent {
  readonly id: string;
  readonly title: string;
  readonly label: string | undefined;
  readonly key: boolean;
  readonly summary: string;
  readonly category: string;
  readonly date: CalendarDate;
  readonly end: CalendarDate | undefined;
  readonly approximate: boolean;
  readonly place: Place | undefined;
  readonly actors: readonly string[];
  readonly casualties: Casualties | undefined;
  readonly tags: readonly string[];
  readonly status: ClaimStatus | undefined;
  readonly updated: CalendarDate | undefined;
  readonly i18n: Translations<EventTranslation> | undefined;
  readonly start: number;
  readonly stop: number;
  readonly #from: Unpacked;
  readonly #index: number;
  #sources: readonly Source[] | undefined;

  constructor(from: Unpacked, i: number) {
    const { packed, dates } = from;
    const { label, end, place, casualties, status, updated, translation } = packed;
    this.id = packed.ids[i]!;
    this.title = packed.titles[i]!;
    this.label = label[i]! < 0 ? undefined : packed.labels[label[i]!];
    this.key = packed.key[i] === 1;
    this.summary = packed.summaries[i]!;
    this.category = packed.categories[packed.category[i]!]!;
    this.date = dates[packed.date[i]!]!;
    this.end = end[i]! < 0 ? undefined : dates[end[i]!];
    this.approximate = packed.approximate[i] === 1;
    this.place = place[i]! < 0 ? undefined : packed.places[place[i]!];
    this.actors = packed.lists[packed.actors[i]!]!;
    this.casualties = casualties[i]! < 0 ? undefined : packed.casualtyTable[casualties[i]!];
    this.tags = packed.lists[packed.tags[i]!]!;
    this.status = status[i] === NO_STATUS ? undefined : CLAIM_STATUSES[status[i]!];
    this.updated = updated[i]! < 0 ? undefined : dates[updated[i]!];
    this.i18n = translation[i]! < 0 ? undefined : packed.translations[translation[i]!];
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
        const source: { -readonly [K in keyof Source]: Source[K] } = { url: packed.sourceUrl[s]!, title: packed.sourceTitle[s]!, publisher: packed.sourcePublisher[s]! };
        if (published >= 0) source.published = dates[published]!;
        if (packed.sourceArchived[s]) source.archived = packed.sourceArchived[s];
        sources.push(source);
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
