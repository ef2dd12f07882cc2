import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testFolder } from './test-folder.ts';
import { FIXTURES, npmRun, ROOT } from './npm-run.ts';
import { serveSources, type SourceServer } from './source-server.ts';

// A local server for sources given as http(s) addresses.
let server: SourceServer;
let base = '';

beforeAll(async () => {
  server = await serveSources({ 'acled.csv': ['text/csv', readFileSync(join(FIXTURES, 'acled.csv'))] });
  base = server.base;
});

afterAll(() => server.close());

// `npm run convert -- <file>`: our format on stdout, the report on stderr, the same exit codes
// as validate.

describe.concurrent('npm run convert', { timeout: 60_000 }, () => {
  it('writes an ACLED CSV in our format, and validate agrees with its report', async () => {
    const run = await npmRun('convert', 'e2e/fixtures/acled.csv');
    expect(run.code).toBe(1);
    const converted = JSON.parse(run.stdout) as { version: number; events: { id: string }[]; categories: unknown[] };
    expect(converted.version).toBe(1);
    expect(converted.events.map((event) => event.id)).toEqual(['tst1001', 'tst1002', 'tst1003', 'tst1004', 'tst1005']);
    expect(run.stdout).toMatch(/^\{\n {2}"version": 1,/);
    expect(run.stderr).toContain('Converted e2e/fixtures/acled.csv (ACLED CSV): 3 events, 2 records that validation would skip');
    const dir = testFolder('ct-convert-');
    writeFileSync(join(dir, 'events.json'), run.stdout);
    const check = await npmRun('validate', join(dir, 'events.json'));
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('(conflict-timeline JSON)\n3 events loaded, 2 records skipped\n#3 tst1004 date:');
  });

  it('writes a TimelineJS file in our format', async () => {
    const run = await npmRun('convert', 'e2e/fixtures/timelinejs.json');
    expect(run.code).toBe(1);
    const converted = JSON.parse(run.stdout) as { title: string; categories: { id: string }[] };
    expect(converted.title).toBe('Fixture TimelineJS & eras');
    expect(converted.categories.map((category) => category.id)).toEqual(['era', 'events', 'us-strikes', 'diplomacy']);
  });

  it('passes our own format through, exit 0 when clean', async () => {
    const run = await npmRun('convert', 'e2e/fixtures/valid.json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(readFileSync(join(FIXTURES, 'valid.json'), 'utf8')));
  });

  it('exits 2 and writes nothing for a source it cannot use', async () => {
    const run = await npmRun('convert', 'e2e/fixtures/truncated.json');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/not valid JSON/);
  });

  it('writes Parquet from our JSON as a stream, which validate reads and convert turns back into JSON', async () => {
    const dir = testFolder('ct-convert-');
    const out = join(dir, 'events.parquet');
    const run = await npmRun('convert', 'data/events.json', '--to', 'parquet', out);
    expect(run.stderr).toContain(`Converted data/events.json (conflict-timeline JSON) to ${out}: 90 events, 0 records that validation would skip`);
    expect(run.code).toBe(0);
    expect(readFileSync(out).subarray(0, 4).toString()).toBe('PAR1');
    const check = await npmRun('validate', out);
    expect(check.stdout).toContain('(Parquet)\n90 events loaded, 0 records skipped');
    // Back as JSON: the checked events (links normalised as the app shows them), in time order.
    type File = { title: string; i18n?: unknown; events: { id: string; i18n?: unknown }[] };
    const back = JSON.parse((await npmRun('convert', out)).stdout) as File;
    const original = JSON.parse(readFileSync(join(ROOT, 'data/events.json'), 'utf8')) as File;
    expect(back.title).toBe(original.title);
    expect(back.events.map((event) => event.id).sort()).toEqual(original.events.map((event) => event.id).sort());
    // Translations travel in the i18n column, and the header's in the footer.
    const byId = new Map(back.events.map((event) => [event.id, event.i18n]));
    expect(original.events.filter((event) => event.i18n).length).toBe(90);
    for (const event of original.events) expect(byId.get(event.id)).toEqual(event.i18n);
    expect(back.i18n).toEqual(original.i18n);
  });

  it('names the records it skips when writing Parquet from a CSV', async () => {
    const dir = testFolder('ct-convert-');
    const run = await npmRun('convert', 'e2e/fixtures/acled.csv', '--to', 'parquet', join(dir, 'acled.parquet'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\(ACLED CSV\) to .*acled\.parquet: 3 events, 2 records that validation would skip\n#3 tst1004 date:/);
  });

  it('writes Parquet from a sheet in our template, naming skipped rows by their numbers', async () => {
    const dir = testFolder('ct-convert-');
    const source = 'https://example.org/a,Report,Example';
    const csv = ['type,id,date,title,category,source_1_url,source_1_title,source_1_publisher', `,a,2024-01-04,Good,Strikes,${source}`, '', `,b,2024-02-30,Bad,Strikes,${source}`, `note,,,,,,,`].join('\n');
    writeFileSync(join(dir, 'sheet.csv'), csv);
    const run = await npmRun('convert', join(dir, 'sheet.csv'), '--to', 'parquet', join(dir, 'sheet.parquet'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`(spreadsheet template) to ${join(dir, 'sheet.parquet')}: 1 events, 2 records that validation would skip\nrow 4 b date: "2024-02-30" is not a calendar date (that month has 29 days)\nrow 5 (no id) type:`);
    expect((await npmRun('validate', join(dir, 'sheet.parquet'))).stdout).toContain('(Parquet)\n1 event loaded, 0 records skipped');
  });

  it('writes Parquet from a CSV at an http(s) address as from the file, and says why a web page cannot be used', async () => {
    const dir = testFolder('ct-convert-');
    const run = await npmRun('convert', `${base}acled.csv`, '--to', 'parquet', join(dir, 'acled.parquet'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/acled\.csv \(ACLED CSV\) to .*acled\.parquet: 3 events, 2 records that validation would skip\n#3 tst1004 date:/);
    const page = await npmRun('convert', `${base}page`, '--to', 'parquet', join(dir, 'page.parquet'));
    expect(page.code).toBe(2);
    expect(page.stderr).toContain('The source is a web page (HTML), not a dataset file.');
  });

  it('splits a dataset by year into Parquet files and an index, which validate reads file by file', async () => {
    const dir = testFolder('ct-convert-');
    const run = await npmRun('convert', 'data/events.json', '--to', 'parquet', join(dir, 'events.parquet'), '--split-by=year');
    expect(run.code).toBe(0);
    const index = join(dir, 'events.parquet-index.json');
    expect(run.stderr).toContain(`to ${index}: 90 events, 0 records that validation would skip\n  events-2023.parquet: 35 events, 2023-10-07 to 2023-12-31\n  events-2024.parquet: 55 events,`);
    const listed = JSON.parse(readFileSync(index, 'utf8')) as { format: string; files: { url: string; events: number }[] };
    expect(listed.format).toBe('conflict-timeline/parquet-index');
    expect(listed.files.map((file) => [file.url, file.events])).toEqual([['events-2023.parquet', 35], ['events-2024.parquet', 55]]);
    const check = await npmRun('validate', index);
    expect(check.code).toBe(0);
    expect(check.stdout.trim().split('\n').slice(1)).toEqual([
      `Source: ${index} (index of Parquet files, 2 files)`,
      `${join(dir, 'events-2023.parquet')}: 35 events loaded, 0 records skipped`,
      `${join(dir, 'events-2024.parquet')}: 55 events loaded, 0 records skipped`,
      'Total: 90 events loaded, 0 records skipped',
    ]);
    // An index that no longer matches its files says so; one naming an address it will not open is refused.
    writeFileSync(join(dir, 'stale.parquet-index.json'), JSON.stringify({ ...listed, files: [{ ...listed.files[0], events: 36 }, listed.files[1]] }));
    const stale = await npmRun('validate', join(dir, 'stale.parquet-index.json'));
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain('events-2023.parquet: 35 events loaded, 0 records skipped (the index says 36 events)');
    writeFileSync(join(dir, 'bad.parquet-index.json'), JSON.stringify({ ...listed, files: [...listed.files, { url: 'javascript:alert(1)' }] }));
    const bad = await npmRun('validate', join(dir, 'bad.parquet-index.json'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Entry 3 of this index of Parquet files, "javascript:alert(1)", is not an http(s) address, so it is not opened.');
    expect((await npmRun('convert', 'data/events.json', '--to', 'parquet', join(dir, 'x.parquet'), '--split-by=week')).code).toBe(2);
  });
});
