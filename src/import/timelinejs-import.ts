import { DatasetFormatError } from '../data/parse-dataset.ts';
import { readFailure } from '../data/read-failure.ts';
import { safeHttpUrl } from '../data/safe-url.ts';
import { slugify } from '../data/slugify.ts';
import type { RecordProblem } from '../data/timeline-event.ts';
import { htmlToText } from './html-to-text.ts';
import { isRecord, textOf, type ImportedCategory, type ImportedEvent, type ImportedSource, type ImportResult } from '../data/our-format.ts';
import { uniqueIds } from './unique-ids.ts';

/**
 * TimelineJS (https://timeline.knightlab.com/docs/json-format.html) → our format.
 *
 * - The title slide gives the dataset title and description.
 * - Each event: start_date/end_date objects ({year, month?, day?, …}) become our dates at the
 *   precision they have (a year alone stays a year). TimelineJS times carry no time zone, and
 *   our format needs one with a time, so times are not kept: the day is.
 * - text.headline → title, text.text → summary; both are HTML in TimelineJS and become plain
 *   text (htmlToText). A missing headline falls back to the start of the text.
 * - group → category (slugified id, the group as label); events without a group go to "Events".
 * - media.url → the source when it is http(s), else a "link" field; when neither is usable, the
 *   first candidate is passed on so validation rejects the record and says why.
 * - eras → span events in the category "era", after the events; their source is their own
 *   media/link, or else the title slide's.
 * - Nothing becomes a label or a key: TimelineJS has no short headline (text.headline is already
 *   the title) and no mark of a key moment.
 */

const DEFAULT_CATEGORY: ImportedCategory = { id: 'events', label: 'Events' };
const ERA_CATEGORY: ImportedCategory = { id: 'era', label: 'Eras', description: 'Periods marked in the TimelineJS file.' };

function pad(value: string, length: number): string {
  return /^\d+$/.test(value) ? value.padStart(length, '0') : value;
}

/** {year: 2024, month: 1, day: 4} → "2024-01-04"; a broken part is passed on for validation. */
export function timelineJsDate(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const year = textOf(value.year);
  if (!year) return '';
  const month = textOf(value.month);
  const day = textOf(value.day);
  let text = pad(year, 4);
  if (month) {
    text += `-${pad(month, 2)}`;
    if (day) text += `-${pad(day, 2)}`;
  }
  return text;
}

function textField(item: Record<string, unknown>, key: 'headline' | 'text'): string {
  const text = isRecord(item.text) ? item.text[key] : undefined;
  return typeof text === 'string' ? htmlToText(text) : '';
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function sourceOf(item: Record<string, unknown>, title: string): ImportedSource | undefined {
  const media = isRecord(item.media) ? item.media : {};
  const candidates = [media.url, item.link].map(textOf).filter(Boolean);
  if (candidates.length === 0) return undefined;
  const url = candidates.find((candidate) => safeHttpUrl(candidate)) ?? candidates[0]!;
  const caption = typeof media.caption === 'string' ? htmlToText(media.caption) : '';
  const credit = typeof media.credit === 'string' ? htmlToText(media.credit) : '';
  return { url, title: caption || title || 'Source', publisher: credit || hostOf(url) || 'Unknown publisher' };
}

function titleFrom(item: Record<string, unknown>): { title: string; summary: string } {
  const headline = textField(item, 'headline');
  const summary = textField(item, 'text');
  if (headline) return { title: headline, summary };
  const firstLine = summary.split('\n')[0] ?? '';
  return { title: firstLine.length > 120 ? `${firstLine.slice(0, 119)}…` : firstLine, summary };
}

export function importTimelineJs(json: unknown): ImportResult {
  if (!isRecord(json)) throw new DatasetFormatError(readFailure('read.timelineJsNotObject'));
  const rawEvents = json.events === undefined ? [] : json.events;
  const rawEras = json.eras === undefined ? [] : json.eras;
  if (!Array.isArray(rawEvents)) throw new DatasetFormatError(readFailure('read.timelineJsEventsNotList'));
  if (!Array.isArray(rawEras)) throw new DatasetFormatError(readFailure('read.timelineJsErasNotList'));
  if (rawEvents.length === 0 && rawEras.length === 0) throw new DatasetFormatError(readFailure('read.timelineJsEmpty'));

  const titleSlide = isRecord(json.title) ? json.title : {};
  const datasetTitle = textField(titleSlide, 'headline') || 'Imported TimelineJS timeline';
  const titleSource = sourceOf(titleSlide, datasetTitle);

  // Category ids: the era and default categories first, so a group cannot take their ids.
  const categoryId = uniqueIds();
  const categories: ImportedCategory[] = [];
  if (rawEras.length > 0) categories.push({ ...ERA_CATEGORY, id: categoryId(ERA_CATEGORY.id) });
  const groupLabel = (item: unknown) => (isRecord(item) && typeof item.group === 'string' ? htmlToText(item.group) : '');
  const needsDefault = rawEvents.some((item) => !groupLabel(item));
  if (needsDefault) categories.push({ ...DEFAULT_CATEGORY, id: categoryId(DEFAULT_CATEGORY.id) });
  const groups = new Map<string, string>();
  for (const item of rawEvents) {
    const label = groupLabel(item);
    if (!label || groups.has(label)) continue;
    const id = categoryId(slugify(label) || 'group');
    groups.set(label, id);
    categories.push({ id, label });
  }

  const givenId = (item: unknown) => (isRecord(item) ? slugify(textOf(item.unique_id)) : '');
  const eventId = uniqueIds(new Set(rawEvents.map(givenId).filter(Boolean)));
  const events: ImportedEvent[] = [];
  const sourceIndex: number[] = [];
  const problems: RecordProblem[] = [];

  rawEvents.forEach((item, index) => {
    if (!isRecord(item)) {
      problems.push({ index, field: '(record)', reason: 'the event is not a JSON object' });
      return;
    }
    const { title, summary } = titleFrom(item);
    const given = givenId(item);
    const source = sourceOf(item, title);
    const end = timelineJsDate(item.end_date);
    const label = groupLabel(item);
    events.push({
      id: given || eventId(slugify(title, 60) || `event-${index + 1}`),
      date: timelineJsDate(item.start_date),
      ...(end !== undefined && { end }),
      title,
      summary,
      category: label ? groups.get(label)! : DEFAULT_CATEGORY.id,
      sources: source ? [source] : [],
    });
    sourceIndex.push(index);
  });

  rawEras.forEach((item, eraIndex) => {
    const index = rawEvents.length + eraIndex;
    if (!isRecord(item)) {
      problems.push({ index, field: '(record)', reason: 'the era is not a JSON object' });
      return;
    }
    const { title, summary } = titleFrom(item);
    const source = sourceOf(item, title) ?? titleSource;
    const end = timelineJsDate(item.end_date);
    events.push({
      id: eventId(`era-${slugify(title, 60) || eraIndex + 1}`),
      date: timelineJsDate(item.start_date),
      ...(end !== undefined && { end }),
      title: title || `Era ${eraIndex + 1}`,
      summary,
      category: ERA_CATEGORY.id,
      sources: source ? [source] : [],
      tags: ['era'],
    });
    sourceIndex.push(index);
  });

  return {
    format: 'timelinejs',
    dataset: {
      version: 1,
      title: datasetTitle,
      description: textField(titleSlide, 'text'),
      categories,
      events,
    },
    sourceIndex,
    problems,
  };
}
