import { DatasetFormatError } from '../data/parse-dataset.ts';
import { readFailure } from '../data/read-failure.ts';
import type { ImportResult } from '../data/our-format.ts';
import type { RecordProblem } from '../data/timeline-event.ts';
import { monthNumber } from '../data/written-date.ts';
import { cellOf, dataIndex, type SheetRow, type SheetTable } from './sheet-table.ts';
import { importTimelineJs } from './timelinejs-import.ts';

/**
 * TimelineJS's Google Sheets template (columns Year, Month, Day, Time, End Year, End Month,
 * End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media
 * Thumbnail, Type, Group, Background) → our format. Each row becomes the slide TimelineJS
 * itself would make of it, and the slides go through the TimelineJS JSON importer, so the two
 * map the same way (timelinejs-import.ts: HTML to plain text, Group → category, Media → the
 * source when it is http(s), eras → spans). A `title` row gives the dataset's title and
 * description; an `era` row is a span. Time, Display Date, Media Thumbnail and Background are
 * not kept. A row whose date cannot be used is skipped here, named by its row number.
 */

type DateParts = { year: string; month?: string; day?: string };

/** The date in the Year/Month/Day cells (prefix "end_" for the end), or why it cannot be used. */
function dateOf(table: SheetTable, row: SheetRow, prefix: '' | 'end_'): DateParts | string | undefined {
  const cell = (name: string) => cellOf(table, row, `${prefix}${name}`);
  const label = (name: string) => `${prefix ? 'End ' : ''}${name}`;
  const [year, month, day] = [cell('year'), cell('month'), cell('day')];
  if (!year) return month || day ? `there is no ${label('Year')}, only a ${month ? label('Month') : label('Day')}` : undefined;
  if (!/^-?\d{1,4}$/.test(year)) return `the ${label('Year')} "${year}" is not a number (write the year alone, such as 2024)`;
  const monthValue = /^\d{1,2}$/.test(month) ? Number(month) : monthNumber(month);
  if (month && (monthValue === undefined || monthValue < 1 || monthValue > 12)) {
    return `the ${label('Month')} "${month}" is not a month (write 1 to 12, or its name)`;
  }
  if (day && !/^\d{1,2}$/.test(day)) return `the ${label('Day')} "${day}" is not a day of the month (1 to 31)`;
  if (day && !month) return `there is a ${label('Day')} but no ${label('Month')}`;
  return { year, ...(month && { month: String(monthValue) }), ...(day && { day }) };
}

function slideOf(table: SheetTable, row: SheetRow) {
  const cell = (key: string) => cellOf(table, row, key);
  return {
    text: { headline: cell('headline'), text: cell('text') },
    media: { url: cell('media'), credit: cell('media_credit'), caption: cell('media_caption') },
    group: cell('group'),
  };
}

export function importTimelineJsSheet(table: SheetTable): ImportResult {
  const headerRow = (table.rows[0]?.row ?? 2) - 1;
  const problems: RecordProblem[] = [...table.problems];
  const skip = (row: SheetRow, field: string, reason: string) => problems.push({ index: dataIndex(row.row, headerRow), row: row.row, field, reason });
  let title: ReturnType<typeof slideOf> | undefined;
  const events: object[] = [];
  const eras: object[] = [];
  const eventRows: number[] = [];
  const eraRows: number[] = [];

  for (const row of table.rows) {
    const type = cellOf(table, row, 'type').toLowerCase();
    if (type === 'title') {
      if (title) skip(row, 'Type', 'a second "title" row (only the first one is used)');
      else title = slideOf(table, row);
      continue;
    }
    const start = dateOf(table, row, '');
    const end = dateOf(table, row, 'end_');
    if (start === undefined) skip(row, 'date', 'the date is missing (the Year cell is empty)');
    else if (typeof start === 'string') skip(row, 'date', start);
    else if (typeof end === 'string') skip(row, 'end date', end);
    else {
      const slide = { ...slideOf(table, row), start_date: start, ...(end && { end_date: end }) };
      if (type === 'era') (eras.push(slide), eraRows.push(row.row));
      else (events.push(slide), eventRows.push(row.row));
    }
  }
  if (events.length + eras.length === 0 && problems.length === 0) {
    throw new DatasetFormatError(readFailure('read.timelineJsSheetEmpty'));
  }
  const slides = events.length + eras.length > 0 ? importTimelineJs({ ...(title && { title }), events, eras }) : undefined;
  const dataset = slides?.dataset ?? { version: 1 as const, title: title?.text.headline || 'Imported TimelineJS timeline', description: '', categories: [], events: [] };
  const rows = [...eventRows, ...eraRows];
  const sourceRow = (slides?.sourceIndex ?? []).map((position) => rows[position]!);
  return {
    format: 'timelinejs-sheet',
    dataset,
    sourceIndex: sourceRow.map((row) => dataIndex(row, headerRow)),
    sourceRow,
    problems,
  };
}
