/**
 * `npm run bench:parquet`: a Parquet dataset of the dense profile (120 days with bursts) read
 * by range requests from the bench server, in headless Chromium against a production build:
 *  - first draw: navigation → the timeline drawn with the overview from the footer (first-draw.ts);
 *  - week zoom: a brush of one week on the overview, from the pointer's release to the notice
 *    saying that week's events are loaded (the timeline draws them in the same commit);
 *  - JS heap after the zoom (CDP), and the bytes the server sent for each step, against the file's size.
 * With --json, the same 1M events as our JSON, for comparison (where that finishes at all).
 *
 * Options (after `--`): --sizes=1000000,10000000 (default 1000000)  --json  --no-ranges (a host
 * that ignores Range). Files are generated once into bench/.work/data (a batch at a time).
 * To judge a change: --a=<dist> --b=<dist> [--runs=5] runs two builds by turns (each once the
 * machine is quiet) and prints the medians, instead of building this checkout once:
 *   NODE_ENV=production npx vite build --outDir /tmp/dist-A   (before the change, in a worktree)
 *   NODE_ENV=production npx vite build --outDir /tmp/dist-B   (after)
 */
import { chromium, type Page } from '@playwright/test';
import { execSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileWriter } from 'hyparquet-writer';
import { denseHeader, generateDenseBatches } from '../../bench/generate-dataset.ts';
import { writeDenseParquet } from '../parquet/dense-parquet.ts';
import { quantile } from './bench-measure.ts';
import { benchOptions, CHROMIUM, FLAGS, VIEWPORT } from './bench-options.ts';
import { startBenchServer, type BenchServer } from './bench-server.ts';
import { timeFirstDraw } from './first-draw.ts';
import { waitForQuietMachine } from './quiet-machine.ts';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DATA = join(ROOT, 'bench/.work/data');
const DIST = join(ROOT, 'bench/.work/dist');
const ARGS = benchOptions();
const SIZES = (ARGS.sizes ?? '1000000').split(',').map(Number);
const LIMIT_MS = 120_000;
const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const log = (message: string) => console.log(message);

mkdirSync(DATA, { recursive: true });
for (const size of SIZES) {
  const file = join(DATA, `dense-${size}.parquet`);
  if (existsSync(file)) continue;
  const started = Date.now();
  await writeDenseParquet(fileWriter(file), size);
  log(`generated ${file}: ${MB(statSync(file).size)} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
if ('json' in ARGS && !existsSync(join(DATA, 'dense-1000000.json'))) await writeDenseJson(join(DATA, 'dense-1000000.json'), 1_000_000);

const AB = ARGS.a !== undefined && ARGS.b !== undefined;
if (!AB) execSync(`npx vite build --outDir ${JSON.stringify(DIST)} --emptyOutDir --logLevel warn`, { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'ignore', 'inherit'] });
const serve = (dist: string) => startBenchServer(dist, { '/bench-data/': DATA }, !('no-ranges' in ARGS));
const servers: Record<string, BenchServer> = AB ? { A: await serve(ARGS.a!), B: await serve(ARGS.b!) } : { '': await serve(DIST) };

/** Our JSON of the dense profile, written a batch at a time. */
async function writeDenseJson(path: string, count: number) {
  const out = createWriteStream(path);
  const write = (text: string) => new Promise<void>((done) => (out.write(text) ? done() : out.once('drain', () => done())));
  await write(`${JSON.stringify(denseHeader(count)).slice(0, -1)},"events":[`);
  let first = true;
  for (const batch of generateDenseBatches({ count })) {
    await write((first ? '' : ',') + batch.map((record) => JSON.stringify(record)).join(','));
    first = false;
  }
  await write(']}');
  await new Promise((done) => out.end(done));
}

/** Brushes the overview across one week starting a fifth of the way in; resolves with ms from release to the week's events shown. */
async function zoomToWeek(page: Page, days: number): Promise<number> {
  await page.locator('.overview__plot').scrollIntoViewIfNeeded();
  const box = (await page.locator('.overview__plot').boundingBox())!;
  const x0 = box.x + box.width * 0.2;
  const y = box.y + 20;
  await page.mouse.move(x0, y);
  await page.mouse.down();
  await page.mouse.move(x0 + (box.width * 7) / days, y, { steps: 5 });
  const released = Date.now();
  await page.mouse.up();
  await page.waitForFunction(() => /Loaded the events of/.test(document.querySelector('[aria-label="Large dataset"]')?.textContent ?? ''), undefined, { polling: 'raf', timeout: LIMIT_MS });
  return Date.now() - released;
}

async function measure(server: BenchServer, url: string, parquet: boolean) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    server.resetBytes();
    const firstDraw = await timeFirstDraw(page, url, Date.now() + LIMIT_MS);
    const firstBytes = server.bytesSent();
    const week = parquet ? await zoomToWeek(page, 120) : undefined;
    const shown = parquet ? await page.locator('[aria-label="Large dataset"]').textContent() : '';
    const cdp = await context.newCDPSession(page);
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    return { firstDraw, firstBytes, week, weekBytes: server.bytesSent() - firstBytes, heap, shown };
  } finally {
    await browser.close();
  }
}

const runs = AB ? Number(ARGS.runs ?? 5) : 1;
const figures = new Map<string, number[]>();
const note = (key: string, value: number) => figures.set(key, [...(figures.get(key) ?? []), Math.round(value)]);
for (let run = 0; run < runs; run++) {
  for (const size of SIZES) {
    const file = `dense-${size}.parquet`;
    const bytes = statSync(join(DATA, file)).size;
    for (const [build, server] of Object.entries(servers)) {
      if (AB) await waitForQuietMachine();
      const r = await measure(server, `${server.origin}/?data=/bench-data/${file}`, true);
      log(`${AB ? `run ${run + 1} ${build} ` : ''}Parquet ${size.toLocaleString('en-GB')} events (${MB(bytes)}): first draw ${r.firstDraw.toFixed(0)} ms with ${MB(r.firstBytes)} fetched; week zoom ${r.week} ms with ${MB(r.weekBytes)} more; heap ${MB(r.heap)}`);
      if (!AB) log(`  notice: ${r.shown?.replace(/\s+/g, ' ').slice(0, 160)}`);
      note(`${build} ${size} first draw ms`, r.firstDraw);
      note(`${build} ${size} week zoom ms`, r.week!);
      note(`${build} ${size} week bytes kB`, r.weekBytes / 1e3);
      note(`${build} ${size} heap MB`, r.heap / 1e6);
    }
  }
}
if (AB) {
  for (const [key, values] of [...figures].sort(([a], [b]) => a.slice(2).localeCompare(b.slice(2)) || a.localeCompare(b))) {
    log(`${key.padEnd(32)} median ${quantile([...values].sort((a, b) => a - b), 0.5)}  (${values.join(', ')})`);
  }
}
if ('json' in ARGS) {
  const server = Object.values(servers).at(-1)!;
  const bytes = statSync(join(DATA, 'dense-1000000.json')).size;
  const r = await measure(server, `${server.origin}/?data=/bench-data/dense-1000000.json`, false).catch((error: unknown) => ({ failure: String(error) }));
  log('failure' in r ? `JSON 1,000,000 events (${MB(bytes)}): did not draw (${r.failure.slice(0, 200)})` : `JSON 1,000,000 events (${MB(bytes)}): first draw ${r.firstDraw.toFixed(0)} ms, ${MB(r.firstBytes)} fetched, heap ${MB(r.heap)}`);
}
for (const server of Object.values(servers)) await server.close();
