import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetProblem, type LoadProgress } from '../data/load-status.ts';
import { parseDatasetText } from './parse-dataset-text.ts';

const fixture = (name: string) => readFileSync(new URL(`../../e2e/fixtures/${name}`, import.meta.url), 'utf8');

function bigDataset(count: number) {
  return {
    version: 1,
    title: 'Big',
    categories: [{ id: 'c', label: 'C' }],
    events: Array.from({ length: count }, (_, i) => ({
      id: `event-${i}`,
      date: `20${10 + (i % 14)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      title: `Event number ${i}`,
      category: 'c',
      sources: [{ url: `https://example.org/${i}`, title: 'Source', publisher: 'Example' }],
    })),
  };
}

describe('parseDatasetText (what the worker runs, and the main thread where there is no worker)', () => {
  it("puts a spreadsheet's warnings on the rows they came from", async () => {
    const sheet = [
      'date,title,category,source_1_url,source_1_title,source_1_publisher,source_2_url,source_2_title,source_2_publisher',
      '2024-01-04,Clean,Strikes,https://example.org/a,A,Example,,,',
      '2024-01-05,With a deceptive link,Strikes,https://example.org/b,B,Example,https://user@example.org/c,C,Example',
    ].join('\n');
    const { loaded } = await parseDatasetText(sheet, 'text/csv');
    expect(loaded.dataset.events).toHaveLength(2);
    expect(loaded.warnings).toEqual([expect.objectContaining({ row: 3, field: expect.stringMatching(/^sources\.1/) })]);
  });

  it('parses a small dataset', async () => {
    const { loaded } = await parseDatasetText(fixture('valid.json'), 'application/json');
    expect(loaded.dataset.events).toHaveLength(3);
  });

  it('reads 100,000 events, reporting the stages, into plain data a worker can send back', async () => {
    const stages: LoadProgress[] = [];
    const { loaded } = await parseDatasetText(JSON.stringify(bigDataset(100_000)), null, (progress) => stages.push(progress));
    expect(loaded.dataset.events).toHaveLength(100_000);
    expect(loaded.skipped).toEqual([]);
    expect(stages).toEqual([{ stage: 'reading' }, { stage: 'checking', records: 100_000 }]);
    // In time order, whatever the order in the file.
    const starts = loaded.dataset.events.map((event) => event.start);
    expect(starts.every((start, i) => i === 0 || starts[i - 1]! <= start)).toBe(true);
    expect(structuredClone(loaded.dataset.events.slice(0, 50))).toEqual(loaded.dataset.events.slice(0, 50));
  }, 30_000);

  it('imports other formats on the way, lazily, and reports records by their place in the source', async () => {
    const stages: string[] = [];
    const { loaded } = await parseDatasetText(fixture('acled.csv'), 'text/csv', (progress) => stages.push(progress.stage));
    expect(stages).toEqual(['importing', 'checking']);
    expect(loaded.dataset.events).toHaveLength(3);
    expect(loaded.skipped.map((problem) => [problem.index, problem.id])).toEqual([
      [3, 'tst1004'],
      [4, 'tst1005'],
    ]);
  });
});

describe('parseDatasetText: whole-source problems', () => {
  async function problem(text: string, contentType: string | null = null): Promise<DatasetProblem> {
    const error: unknown = await parseDatasetText(text, contentType).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DatasetProblem);
    return error as DatasetProblem;
  }

  it.each([
    ['empty', '', 'json', /the file is empty/],
    ['an HTML page', '<!DOCTYPE html><title>x</title>', 'html', /web page \(HTML\)/],
    ['truncated JSON, with line and column', fixture('truncated.json'), 'json', /stops part-way, as if cut off.*line \d+, column \d+/],
    ['invalid JSON', '{"version": 1, title: "x"}', 'json', /not valid JSON/],
    ['neither JSON nor a spreadsheet', 'id,date\n1,2024', 'json', /not valid JSON.*nor a spreadsheet this app reads/],
    ['the wrong shape', '[]', 'format', /a list, not a dataset object/],
    ['version 2', '{"version": 2, "title": "T", "categories": [], "events": []}', 'format', /version must be 1/],
    ['ours without events', '{"version": 1, "title": "T", "categories": []}', 'format', /^The dataset is not in the expected format: events is missing\.$/],
    ['an object of no known format', '{"hello": 1, "world": 2}', 'format', /^The JSON is not a timeline dataset: .*; its top-level keys are "hello", "world"\.$/],
    ['an empty object', '{}', 'format', /it is an empty object\.$/],
    ['UTF-16 text', '\ufffd\ufffd{\u0000"\u0000v\u0000', 'json', /not UTF-8 text: it looks like UTF-16 or binary data/],
    ['a broken TimelineJS file', '{"title": {"text": {"headline": "T"}}, "events": []}', 'format', /TimelineJS JSON: The TimelineJS file has no events/],
    ['a CSV with only the ACLED header', 'event_id_cnty,event_date\n', 'format', /ACLED CSV: The ACLED CSV file has a header row but no events/],
  ])('%s', async (_name, text, kind, message) => {
    const error = await problem(text);
    expect(error.kind).toBe(kind);
    expect(error.permanent).toBe(true);
    expect(error.message).toMatch(message);
  });

  it.each([
    ['truncated JSON', fixture('truncated.json'), { key: 'read.cutOffJson', detail: expect.stringMatching(/line \d+, column \d+/) }],
    ['invalid JSON', '{"version": 1, title: "x"}', { key: 'read.invalidJson', detail: expect.any(String) }],
    ['ours without events', '{"version": 1, "title": "T", "categories": []}', { key: 'read.notExpected', detail: 'events is missing' }],
    ['an object of no known format', '{"hello": 1, "world": 2}', { key: 'read.unknownJson', params: { keys: '"hello", "world"' } }],
    // The format's name is in the English only: the key is the importer's.
    ['a broken TimelineJS file', '{"title": {"text": {"headline": "T"}}, "events": []}', { key: 'read.timelineJsEmpty', english: expect.stringMatching(/^TimelineJS JSON: /) }],
  ])('names %s by its key, with the words that stay English apart', async (_name, text, failure) => {
    const error = await problem(text);
    expect(error.failure).toMatchObject(failure);
    expect(error.message).toBe(error.failure.english);
  });

  it('says plainly when a record is not an object', async () => {
    const { loaded } = await parseDatasetText('{"version": 1, "title": "T", "categories": [], "events": ["text", null]}', null);
    expect(loaded.skipped.map((problem) => problem.reason)).toEqual([
      'the record is not a JSON object (it is "text")',
      'the record is not a JSON object (it is null)',
    ]);
  });

  it('says "is missing" for a missing field', async () => {
    const { loaded } = await parseDatasetText(fixture('bad-records.json'), null);
    expect(loaded.skipped.find((problem) => problem.id === 'no-title')).toMatchObject({ field: 'title', reason: 'title is missing' });
  });
});
