import { parseCalendarDate, type CalendarDate } from '../data/calendar-date.ts';
import type { CitedDataset } from './citation-item.ts';

// What the citation tests share: the default dataset's strike of 4 Jan 2024, cited on a fixed day.

export function day(text: string): CalendarDate {
  const parsed = parseCalendarDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.date;
}

export const DATASET: CitedDataset = {
  title: 'Attacks on US forces in Iraq and Syria, Oct 2023 – Dec 2024',
  revision: '2026-12-07',
  publisher: 'conflict-timeline',
  updated: day('2026-12-07'),
};
export const EVENT = { id: 'us-strike-baghdad-abu-taqwa', title: 'US drone strike in Baghdad kills Nujaba leader "Abu Taqwa"' };
export const PERMALINK = 'https://example.org/timeline/events/us-strike-baghdad-abu-taqwa/';
// 12 Dec 2026, 00:30 in the tests' time zone: the reader's day, not UTC's.
export const ACCESSED = new Date(2026, 11, 12, 0, 30);
