import { describe, expect, it } from 'vitest';
import { parseCalendarDate, type CalendarDate } from './calendar-date.ts';
import { eventChangeNotes } from './event-change-notes.ts';
import type { DatasetChange } from './timeline-event.ts';

function day(text: string): CalendarDate {
  const parsed = parseCalendarDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.date;
}

// Newest first, as a dataset lists them: two entries on 7 Dec (numbered from the oldest).
const CHANGES: DatasetChange[] = [
  { date: day('2026-12-07'), events: ['strike', 'statement'], summary: 'Quote corrected.' },
  { date: day('2026-12-07'), events: ['strike'], summary: 'Source added.' },
  { date: day('2026-11-01'), events: [], summary: 'Revision 1 published.' },
];

describe('eventChangeNotes', () => {
  it('gives every change that names the event, newest first, with its anchor', () => {
    expect(eventChangeNotes({ id: 'strike' }, CHANGES).map(({ kind, summary, anchor }) => ({ kind, summary, anchor }))).toEqual([
      { kind: 'corrected', summary: 'Quote corrected.', anchor: 'change-2026-12-07-2' },
      { kind: 'corrected', summary: 'Source added.', anchor: 'change-2026-12-07-1' },
    ]);
  });

  it('says "updated" for an event only dated by `updated`, at the entry of that day when there is one', () => {
    expect(eventChangeNotes({ id: 'other', updated: day('2026-11-01') }, CHANGES)).toEqual([
      { kind: 'updated', date: day('2026-11-01'), anchor: 'change-2026-11-01-1' },
    ]);
    expect(eventChangeNotes({ id: 'other', updated: day('2025-01-02') }, CHANGES)).toEqual([{ kind: 'updated', date: day('2025-01-02') }]);
  });

  it('says nothing of an event no change names and that has no `updated`', () => {
    expect(eventChangeNotes({ id: 'other' }, CHANGES)).toEqual([]);
    expect(eventChangeNotes({ id: 'strike' }, [])).toEqual([]);
  });
});
