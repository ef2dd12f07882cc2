import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, detectJsonFormat, isAcledCsv } from './detect-format.ts';

const fixture = (name: string) => readFileSync(new URL(`../../e2e/fixtures/${name}`, import.meta.url), 'utf8');

describe('detectFormat (from the content, never the name)', () => {
  it.each([
    ['our valid fixture', fixture('valid.json'), 'conflict-timeline'],
    ['our fixture with bad records', fixture('bad-records.json'), 'conflict-timeline'],
    ['the TimelineJS fixture', fixture('timelinejs.json'), 'timelinejs'],
    ['the ACLED fixture', fixture('acled.csv'), 'acled-csv'],
    ['the default dataset', readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8'), 'conflict-timeline'],
  ])('%s', (_name, text, format) => {
    expect(detectFormat(text)).toBe(format);
  });

  it.each([
    ['version only', '{"version": 1}', 'conflict-timeline'],
    ['events without version', '{"title": "T", "categories": [], "events": []}', 'conflict-timeline'],
    ['version 2 is still ours (and then rejected for its version)', '{"version": 2, "events": []}', 'conflict-timeline'],
    ['TimelineJS events', '{"events": [{"start_date": {"year": 2024}}]}', 'timelinejs'],
    ['TimelineJS title slide only', '{"title": {"text": {"headline": "T"}}, "events": []}', 'timelinejs'],
    ['TimelineJS eras only', '{"eras": []}', 'timelinejs'],
    ['a BOM and whitespace first', '\uFEFF \n {"version": 1}', 'conflict-timeline'],
    ['truncated ours', '{"version": 1, "title": "T", "events": [', 'conflict-timeline'],
    ['truncated TimelineJS', '{"events": [{"start_date": {"year": 20', 'timelinejs'],
    ['an unrelated object', '{"hello": "world"}', 'unknown'],
    ['a list', '[{"id": "x"}]', 'unknown'],
    ['null', 'null', 'unknown'],
    ['empty', '', 'unknown'],
    ['an HTML page', '<!doctype html><html></html>', 'unknown'],
    ['a CSV of no known columns', 'id,when,what\n1,2024-01-01,x', 'unknown'],
    ['our spreadsheet template', 'id,date,title\n1,2024-01-01,x', 'sheet'],
    ['our template as tab-separated text, headers spelled loosely', 'Type\tDate\tTitle\n\t2024-01-01\tx', 'sheet'],
    ["TimelineJS's sheet", 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text\n2024,1,4', 'timelinejs-sheet'],
    ['ACLED with quoted headers and CRLF', '"event_id_cnty","event_date","notes"\r\n"X1","2024-01-01","a"', 'acled-csv'],
    ['ACLED with a BOM and upper-case headers', '\uFEFFEVENT_ID_CNTY,EVENT_DATE\nX1,2024-01-01', 'acled-csv'],
    ['ACLED separated by semicolons', 'event_id_cnty;event_date;notes\nX1;2024-01-01;a', 'acled-csv'],
    ['ACLED separated by tabs', 'event_id_cnty\tevent_date\nX1\t2024-01-01', 'acled-csv'],
  ])('%s', (_name, text, format) => {
    expect(detectFormat(text)).toBe(format);
  });

  it('a file named .json with CSV inside is CSV', () => {
    expect(detectFormat(fixture('acled.csv'))).toBe('acled-csv');
  });
});

describe('detectJsonFormat and isAcledCsv', () => {
  it('judges parsed values', () => {
    expect(detectJsonFormat({ version: 1 })).toBe('conflict-timeline');
    expect(detectJsonFormat({ events: [{ start_date: { year: 1 } }] })).toBe('timelinejs');
    expect(detectJsonFormat([])).toBe('unknown');
    expect(detectJsonFormat('text')).toBe('unknown');
  });

  it('needs both event_id_cnty and event_date in the first line', () => {
    expect(isAcledCsv('event_id_cnty,notes\nx,y')).toBe(false);
    expect(isAcledCsv('notes\nevent_id_cnty,event_date')).toBe(false);
  });
});
