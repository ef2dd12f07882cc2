import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../data/parse-dataset.ts';
import { importTimelineJs, timelineJsDate } from './timelinejs-import.ts';

const fixture = JSON.parse(readFileSync(new URL('../../e2e/fixtures/timelinejs.json', import.meta.url), 'utf8')) as unknown;

const SAMPLE = {
  title: {
    text: { headline: 'War &amp; <em>peace</em>', text: '<p>Intro</p><script>alert(1)</script>' },
    media: { url: 'https://example.org/about', caption: 'About' },
  },
  events: [
    {
      start_date: { year: '2024', month: '1', day: '4', hour: '18', minute: '30' },
      end_date: { year: 2024, month: 1, day: 6 },
      text: { headline: '<b>Strike</b> on <a href="javascript:alert(1)">base</a>', text: '<p>One &lt;b&gt;</p><p>Two<br>lines</p>' },
      media: { url: 'https://news.example.com/strike', caption: '<i>Report</i>', credit: 'Example &amp; Co' },
      group: 'US Strikes',
    },
    {
      start_date: { year: 2023, month: 10 },
      text: { headline: 'Month only' },
      media: { url: 'javascript:alert(1)' },
      link: 'http://link.example/',
      group: 'US Strikes',
    },
    { start_date: { year: 2023 }, text: { text: '<p>No headline, so the text gives the title</p>' }, link: 'https://example.org/y' },
    { start_date: { year: 2023, month: 11, day: 2 }, text: { headline: 'No usable URL' }, media: { url: 'data:text/html,x' } },
    { start_date: { year: 2023, month: 11, day: 3 }, text: { headline: 'No URL at all' } },
    'not an object',
    { start_date: { year: 2023, month: 11, day: 4 }, text: { headline: 'Strike' }, group: 'Égalité & Co', link: 'https://example.org/s1' },
    { start_date: { year: 2023, month: 11, day: 5 }, text: { headline: 'Strike' }, group: 'Égalité & Co', link: 'https://example.org/s2' },
  ],
  eras: [{ start_date: { year: 2023, month: 10, day: 7 }, end_date: { year: 2024, month: 2 }, text: { headline: 'Escalation' } }],
};

describe('timelineJsDate', () => {
  it.each([
    [{ year: 2024, month: 1, day: 4 }, '2024-01-04'],
    [{ year: '2024', month: '12' }, '2024-12'],
    [{ year: 2024, day: 4 }, '2024'],
    [{ year: 33 }, '0033'],
    [{ year: 2024, month: 2, day: 30 }, '2024-02-30'],
    [{ year: -500 }, '-500'],
    [{ month: 1 }, ''],
    ['2024-01-04', undefined],
    [undefined, undefined],
  ])('%j → %j', (input, expected) => {
    expect(timelineJsDate(input)).toBe(expected);
  });
});

describe('importTimelineJs', () => {
  const result = importTimelineJs(SAMPLE);
  const { dataset } = result;
  const byTitle = (title: string) => dataset.events.find((event) => event.title === title);

  it('takes the title slide as the dataset title and description, as plain text', () => {
    expect(dataset.version).toBe(1);
    expect(dataset.title).toBe('War & peace');
    expect(dataset.description).toBe('Intro');
  });

  it('turns HTML headlines and text into plain text', () => {
    const strike = byTitle('Strike on base')!;
    expect(strike.summary).toBe('One <b>\n\nTwo\nlines');
    expect(strike.sources).toEqual([{ url: 'https://news.example.com/strike', title: 'Report', publisher: 'Example & Co' }]);
  });

  it('keeps the precision of dates and drops zone-less times', () => {
    const strike = byTitle('Strike on base')!;
    expect(strike.date).toBe('2024-01-04');
    expect(strike.end).toBe('2024-01-06');
    expect(byTitle('Month only')!.date).toBe('2023-10');
  });

  it('makes categories from groups (slugified), with "Events" for events without one, and "era"', () => {
    expect(dataset.categories).toEqual([
      { id: 'era', label: 'Eras', description: expect.any(String) },
      { id: 'events', label: 'Events' },
      { id: 'us-strikes', label: 'US Strikes' },
      { id: 'egalite-co', label: 'Égalité & Co' },
    ]);
    expect(byTitle('Strike on base')!.category).toBe('us-strikes');
    expect(byTitle('No URL at all')!.category).toBe('events');
  });

  it('uses a link when media.url is not http(s), and passes an unusable URL on for validation', () => {
    expect(byTitle('Month only')!.sources[0]!.url).toBe('http://link.example/');
    expect(byTitle('No usable URL')!.sources[0]!.url).toBe('data:text/html,x');
    expect(byTitle('No URL at all')!.sources).toEqual([]);
  });

  it('falls back to the text for a missing headline', () => {
    expect(byTitle('No headline, so the text gives the title')).toBeDefined();
  });

  it('gives generated ids that are unique slugs', () => {
    const ids = dataset.events.map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('strike');
    expect(ids).toContain('strike-2');
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('turns eras into span events in the "era" category, sourced from the title slide', () => {
    const era = byTitle('Escalation')!;
    expect(era).toMatchObject({ category: 'era', date: '2023-10-07', end: '2024-02', id: 'era-escalation' });
    expect(era.sources[0]!.url).toBe('https://example.org/about');
  });

  it('reports records it cannot read, at their place in the file', () => {
    expect(result.problems).toEqual([{ index: 5, field: '(record)', reason: 'the event is not a JSON object' }]);
    // Events then eras: the era is record 8.
    expect(result.sourceIndex).toEqual([0, 1, 2, 3, 4, 6, 7, 8]);
  });

  it('goes through the normal validation: records without a usable source are rejected, with the reason', () => {
    const { dataset: parsed, skipped } = parseDataset(dataset);
    expect(parsed.events).toHaveLength(6);
    expect(skipped.map((problem) => [problem.id, problem.field, problem.reason])).toEqual([
      ['no-usable-url', 'sources.0.url', 'url must start with http:// or https://'],
      ['no-url-at-all', 'sources', 'at least one source is required'],
    ]);
  });

  it('imports the e2e fixture', () => {
    const { dataset: imported } = importTimelineJs(fixture);
    const { dataset: parsed, skipped } = parseDataset(imported);
    expect(parsed.title).toBe('Fixture TimelineJS & eras');
    expect(parsed.events.map((event) => event.id).sort()).toEqual(['drone-strike', 'era-winter-escalation', 'some-time-in-february', 'talks-held']);
    expect(skipped.map((problem) => problem.field)).toEqual(['date', 'sources.0.url']);
    const drone = parsed.events.find((event) => event.id === 'drone-strike')!;
    expect(drone.summary).toBe('First paragraph & more.\n\nSecond\nline');
  });

  it.each([
    ['not an object', [], /not a JSON object/],
    ['events not a list', { events: {} }, /"events" is not a list/],
    ['nothing in it', { title: { text: { headline: 'T' } }, events: [] }, /no events/],
  ])('rejects a file that is %s', (_name, input, message) => {
    expect(() => importTimelineJs(input)).toThrow(message);
  });
});
