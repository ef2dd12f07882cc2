import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './link-fixture-server.ts';
import { npmRun } from './npm-run.ts';

// `npm run check-links -- <file>`, run as a publisher runs it, against a dataset whose links all
// point at the local fixture server (and at .invalid, which never resolves): no internet.

let server: FixtureServer;
let dir = '';
// Short enough to keep the file quick, long enough for a loaded CI machine to answer the live routes.
const FAST = ['--timeout', '1500', '--concurrency', '4'];
/**
 * The report with the server's ephemeral origin written as ORIGIN, so it reads the same each run
 * (and EAI_AGAIN as ENOTFOUND: a resolver without a network may say either, the same DNS failure).
 */
const stable = (text: string) => text.replaceAll(server.origin, 'ORIGIN').replaceAll(server.refused, 'REFUSED/').replace('DNS: EAI_AGAIN', 'DNS: ENOTFOUND');

function writeDataset(name: string, events: { id: string; urls: string[]; archived?: string }[]): string {
  const file = join(dir, name);
  const dataset = {
    version: 1,
    title: 'Link fixture',
    categories: [{ id: 'c', label: 'C' }],
    events: events.map((event, index) => ({
      id: event.id,
      date: `2024-01-${String(index + 1).padStart(2, '0')}`,
      title: event.id,
      category: 'c',
      sources: event.urls.map((url, i) => ({ url, title: 'T', publisher: 'P', ...(i === 0 && event.archived ? { archived: event.archived } : {}) })),
    })),
    series: [{ id: 'attacks', label: 'Attacks', unit: 'attacks', points: [{ date: '2024-01-22', value: 150, source: { url: `${server.origin}/ok` } }] }],
  };
  writeFileSync(file, JSON.stringify(dataset));
  return file;
}

let mixed = '';
let clean = '';

beforeAll(async () => {
  server = await startFixtureServer();
  dir = mkdtempSync(join(tmpdir(), 'check-links-'));
  const at = (path: string) => `${server.origin}${path}`;
  mixed = writeDataset('mixed.json', [
    { id: 'works', urls: [at('/ok')], archived: at('/moved') },
    { id: 'moved', urls: [at('/moved'), at('/chain')] },
    { id: 'head-refused', urls: [at('/no-head')] },
    { id: 'gone', urls: [at('/gone')], archived: at('/ok') },
    { id: 'moved-to-gone', urls: [at('/moved-away')] },
    { id: 'broken', urls: [at('/broken')] },
    { id: 'slow', urls: [at('/slow')] },
    { id: 'no-such-host', urls: ['http://nonexistent.invalid/'] },
    { id: 'refused', urls: [server.refused] },
  ]);
  clean = writeDataset('clean.json', [{ id: 'works', urls: [at('/ok'), at('/moved')] }]);
  writeFileSync(join(dir, 'not-a-dataset.json'), '{"name": "something else"}');
  writeFileSync(
    join(dir, 'timelinejs.json'),
    JSON.stringify({ events: [{ start_date: { year: 2024, month: 1, day: 4 }, text: { headline: 'Gone' }, media: { url: at('/gone') }, unique_id: 'tl-gone' }] }),
  );
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('npm run check-links', { timeout: 60_000 }, () => {
  it('exits 1 and lists each dead link, then each redirect, by event and source', async () => {
    const run = await npmRun('check-links', mixed, ...FAST);
    expect(run.code).toBe(1);
    expect(stable(run.stdout)).toBe(`Dataset: Link fixture
Source: ${mixed} (conflict-timeline JSON)
10 links checked (13 uses): 2 work, 2 redirected, 6 dead

Dead (6):
  ORIGIN/gone: 404 Not Found
    event gone sources.0.url
  ORIGIN/moved-away → ORIGIN/gone: 404 Not Found (after 301)
    event moved-to-gone sources.0.url
  ORIGIN/broken: 500 Internal Server Error
    event broken sources.0.url
  ORIGIN/slow: no answer within 1.5 s
    event slow sources.0.url
  http://nonexistent.invalid/: the host name does not resolve (DNS: ENOTFOUND)
    event no-such-host sources.0.url
  REFUSED/: connection refused
    event refused sources.0.url

Redirected (2), working but worth updating:
  ORIGIN/moved → ORIGIN/ok: 301 → 200 OK
    event works sources.0.archived
    event moved sources.0.url
  ORIGIN/chain → ORIGIN/ok: 302 → 307 → 200 OK
    event moved sources.1.url
`);
  });

  it('exits 0 when every link works, redirects included', async () => {
    const run = await npmRun('check-links', clean, ...FAST);
    expect(run.code).toBe(0);
    expect(stable(run.stdout).split('\n').slice(0, 3)).toEqual(['Dataset: Link fixture', `Source: ${clean} (conflict-timeline JSON)`, '2 links checked (3 uses): 1 work, 1 redirected, 0 dead']);
  });

  it('--json gives every link with its verdict and uses', async () => {
    const run = await npmRun('check-links', mixed, '--json', ...FAST);
    expect(run.code).toBe(1);
    const report = JSON.parse(stable(run.stdout));
    expect(Object.keys(report)).toEqual(['version', 'dataset', 'source', 'format', 'skipped', 'summary', 'links']);
    expect(report).toMatchObject({ version: 1, dataset: 'Link fixture', format: 'conflict-timeline JSON', skipped: 0, summary: { links: 10, ok: 2, redirected: 2, dead: 6 } });
    expect(report.links[1]).toEqual({
      url: 'ORIGIN/moved',
      ok: true,
      status: 200,
      method: 'HEAD',
      finalUrl: 'ORIGIN/ok',
      redirects: [{ from: 'ORIGIN/moved', to: 'ORIGIN/ok', status: 301 }],
      problem: null,
      detail: null,
      uses: [
        { event: 'works', source: 0, field: 'archived' },
        { event: 'moved', source: 0, field: 'url' },
      ],
    });
    expect(report.links.find((link: { url: string }) => link.url === 'ORIGIN/slow')).toMatchObject({ ok: false, status: null, method: null, problem: 'timeout' });
    expect(report.links.find((link: { url: string }) => link.url === 'ORIGIN/gone')).toMatchObject({ ok: false, status: 404, method: 'GET', problem: 'http', detail: '404 Not Found' });
    expect(report.links.find((link: { url: string }) => link.url === 'ORIGIN/ok').uses).toContainEqual({ series: 'attacks', point: '2024-01-22', field: 'url' });
  });

  it('reads imported formats as the app does (TimelineJS)', async () => {
    const run = await npmRun('check-links', join(dir, 'timelinejs.json'), ...FAST);
    expect(run.code).toBe(1);
    expect(stable(run.stdout)).toContain('(TimelineJS JSON)\n1 link checked (1 use): 0 work, 0 redirected, 1 dead\n\nDead (1):\n  ORIGIN/gone: 404 Not Found\n    event tl-gone sources.0.url\n');
  });

  it.each([
    ['no-such-file.json', 'There is no such file.'],
    ['not-a-dataset.json', 'The JSON is not a timeline dataset'],
  ])('exits 2 when the dataset cannot be used (%s)', async (name, message) => {
    const run = await npmRun('check-links', join(dir, name));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it('exits 2 on a usage error', async () => {
    const run = await npmRun('check-links', clean, '--concurrency', 'lots');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('check-links: --concurrency needs a whole number from 1 to 64\nUsage: npm run check-links');
  });
});

// After the concurrent runs above, alone, so the server's log holds this run's requests only.
describe('npm run check-links, as the servers see it', { timeout: 60_000 }, () => {
  it('asks each URL once with HEAD, GET only where HEAD was refused, with its own User-Agent', async () => {
    server.requests.length = 0;
    expect((await npmRun('check-links', mixed, ...FAST)).code).toBe(1);
    const asked = (path: string) => server.requests.filter((request) => request.path === path).map((request) => request.method);
    expect(asked('/ok')).toEqual(['HEAD', 'HEAD', 'HEAD']); // directly (3 uses), then at the end of /moved and /chain
    expect(asked('/no-head')).toEqual(['HEAD', 'GET']);
    expect(asked('/moved')).toEqual(['HEAD']);
    expect(server.requests.every((request) => /^conflict-timeline-check-links\/\d+\.\d+\.\d+ \(dataset link checker; Node\.js /.test(request.userAgent))).toBe(true);
  });
});
