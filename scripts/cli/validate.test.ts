import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testFolder } from './test-folder.ts';
import { FIXTURES, npmRun } from './npm-run.ts';
import { serveSources, type SourceServer } from './source-server.ts';

// `npm run validate -- <file or URL>`: exit codes and output, for files and for http(s) URLs
// served by a local server.

let server: SourceServer;
let base = '';

beforeAll(async () => {
  const fixture = (name: string) => readFileSync(join(FIXTURES, name));
  server = await serveSources({ 'valid.json': ['application/json', fixture('valid.json')], 'acled.csv': ['text/csv', fixture('acled.csv')] });
  base = server.base;
});

afterAll(() => server.close());

describe.concurrent('npm run validate', { timeout: 60_000 }, () => {
  it('exits 0 for a clean dataset, with the header', async () => {
    const run = await npmRun('validate', 'e2e/fixtures/valid.json');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Dataset: Fixture timeline\nSource: e2e/fixtures/valid.json (conflict-timeline JSON)\n3 events loaded, 0 records skipped\n');
  });

  it('exits 1 and lists each rejected record as "#index id field: reason"', async () => {
    const run = await npmRun('validate', 'e2e/fixtures/bad-records.json');
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Dataset: Records with problems',
      'Source: e2e/fixtures/bad-records.json (conflict-timeline JSON)',
      '2 events loaded, 15 records skipped',
    ]);
    expect(lines.slice(3)).toEqual([
      '#1 impossible-date date: "2023-02-30" is not a calendar date (that month has 28 days)',
      '#2 month-thirteen date: "2023-13-01" has no month 13',
      '#3 end-before-date end: end "2024-01-05" is before date "2024-01-10"',
      '#4 no-title title: title is missing',
      '#5 (no id) id: id is missing',
      '#6 no-date date: date is missing',
      '#7 no-category category: category is missing',
      '#8 no-sources sources: sources is missing',
      '#9 good-one id: duplicate id (an earlier record has "good-one")',
      '#10 unknown-category category: unknown category "nope"',
      '#11 latitude-out-of-range place.lat: lat must be between -90 and 90',
      '#12 longitude-out-of-range place.lon: lon must be between -180 and 180',
      '#13 javascript-source sources.0.url: url must start with http:// or https://',
      '#14 ftp-source sources.0.url: url must start with http:// or https://',
      '#15 empty-sources sources: at least one source is required',
    ]);
  });

  it('reads ACLED CSV and TimelineJS, naming rows by their place in the source', async () => {
    const acled = await npmRun('validate', 'e2e/fixtures/acled.csv');
    expect(acled.code).toBe(1);
    expect(acled.stdout).toContain('Source: e2e/fixtures/acled.csv (ACLED CSV)\n3 events loaded, 2 records skipped\n#3 tst1004 date:');
    const timelineJs = await npmRun('validate', 'e2e/fixtures/timelinejs.json');
    expect(timelineJs.code).toBe(1);
    expect(timelineJs.stdout).toContain('(TimelineJS JSON)\n4 events loaded, 2 records skipped');
  });

  it('exits 2 for a whole-source failure, naming the file and the problem on stderr', async () => {
    const truncated = await npmRun('validate', 'e2e/fixtures/truncated.json');
    expect(truncated.code).toBe(2);
    expect(truncated.stdout).toBe('');
    expect(truncated.stderr).toMatch(/^e2e\/fixtures\/truncated\.json: The dataset is not valid JSON \(it stops part-way, as if cut off/);
    const missing = await npmRun('validate', 'e2e/fixtures/no-such-file.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('e2e/fixtures/no-such-file.json: There is no such file.\n');
  });

  it('exits 2 with usage when given no file', async () => {
    const run = await npmRun('validate');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Usage: npm run validate -- <file or http\(s\) URL>/);
  });

  it('reads http(s) URLs, with the same messages as the app', async () => {
    const ok = await npmRun('validate', `${base}valid.json`);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('3 events loaded, 0 records skipped');
    const missing = await npmRun('validate', `${base}gone.json`);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`${base}gone.json: The server answered 404 Not Found.\n`);
    const page = await npmRun('validate', `${base}page`);
    expect(page.code).toBe(2);
    expect(page.stderr).toContain('web page (HTML)');
  });

  it('reports a label over 40 characters and a key that is not a boolean by id and field', async () => {
    const dir = testFolder('ct-validate-');
    const file = join(dir, 'labels.json');
    const dataset = JSON.parse(readFileSync(join(FIXTURES, 'valid.json'), 'utf8')) as { events: Record<string, unknown>[] };
    const [first] = dataset.events;
    dataset.events = [
      { ...first, label: 'Strike on Tower 22', key: true },
      ...dataset.events.slice(1),
      { ...first, id: 'long-label', label: 'A label far too long to sit beside a mark on the line' },
      { ...first, id: 'emoji-label', label: '😀'.repeat(40) },
      { ...first, id: 'yes-key', key: 'yes' },
    ];
    writeFileSync(file, JSON.stringify(dataset));
    const run = await npmRun('validate', file);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n').slice(2)).toEqual([
      '4 events loaded, 2 records skipped',
      '#3 long-label label: label is longer than 40 characters (53): shorten it or leave it out',
      '#5 yes-key key: key must be true or false',
    ]);
  });

  it('reports deceptive links and bidi controls: which record, which field, how many removed', async () => {
    const run = await npmRun('validate', 'e2e/fixtures/deceptive.json');
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      'Dataset: Deceptive links and text',
      'Source: e2e/fixtures/deceptive.json (conflict-timeline JSON)',
      '4 events loaded, 2 records skipped',
      '#1 fake-fox sources.0.url: no usable source left: its address has a user name or password before "@", so it leads to evil.example, not where it seems to (links like that can pass for another site)',
      '#5 bad-status status: status must be confirmed, reported, claimed or disputed',
      '8 warnings (the data still loads):',
      'dataset description: removed 2 Unicode bidi control characters (U+202E, U+202C): they can make text display in a different order than it is stored',
      'dataset changes.1.events.1: no event with the id "no-such-event" loaded',
      'dataset changes.1.date: changes are not newest first: 2024-02-01 comes after 2024-01-05 (shown newest first)',
      '#2 user-pass sources.0.url: source left out: its address has a user name or password before "@", so it leads to evil.example, not where it seems to (links like that can pass for another site)',
      '#3 rtl-title title: removed 1 Unicode bidi control character (U+202E): it can make text display in a different order than it is stored',
      '#3 rtl-title summary: removed 5 Unicode bidi control characters (U+2066, U+2069, U+200F, U+200E, U+061C): they can make text display in a different order than it is stored',
      '#3 rtl-title actors.0: removed 2 Unicode bidi control characters (U+202B, U+202C): they can make text display in a different order than it is stored',
      '#4 fake-archive sources.0.archived: archived copy left out: its address has a user name or password before "@", so it leads to evil.example, not where it seems to (links like that can pass for another site)',
    ]);
    // The report names the code points; it never prints the controls themselves.
    expect(run.stdout).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
  });

  it('keeps terminal escapes in the data out of the terminal', async () => {
    const dir = testFolder('ct-validate-');
    const file = join(dir, 'escape.json');
    const dataset = JSON.parse(readFileSync(join(FIXTURES, 'valid.json'), 'utf8')) as { title: string };
    dataset.title = 'Evil \u001b]0;pwned\u0007\u001b[2J title';
    writeFileSync(file, JSON.stringify(dataset));
    const run = await npmRun('validate', file);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/\u001b|\u0007/);
    expect(run.stdout).toContain('Dataset: Evil \ufffd]0;pwned\ufffd\ufffd[2J title');
  });
});
