/**
 * `npm run bench:parquet`: a Parquet dataset of the dense profile (120 days with bursts) read
 * by range requests from the bench server, in headless Chromium against a production build:
 *  - first draw: navigation → the timeline drawn with the overview from the footer (first-draw.ts);
 *  - week zoom: a brush of one week on the overview (at 10,000,000 events, 0.7 days: a week
 *    holds more than the 120,000 rows a window loads; the same 60,000 or so events as a week at
 *    1,000,000), from the pointer's release to the notice saying that window's events are
 *    loaded (the timeline draws them in the same commit), and the longest main-thread task meanwhile;
 *  - JS heap after the zoom (CDP), and the bytes the server sent for each step, against the file's size.
 * With --json, the same 1M events as our JSON, for comparison (where that finishes at all).
 * --drag-ms=300 draws the brush over that long, as a hand does (the default, 0, draws it in
 * five quick steps): the page starts on the brushed window's row groups while it is drawn.
 * --zoom=wheel zooms to the week with the wheel over the timeline instead (twelve notches
 * anchored a fifth of the way in, one every --wheel-ms, default 16, sent without waiting for
 * the page, as a physical wheel sends them), timed from the last notch.
 *
 * Options (after `--`): --sizes=1000000,10000000 (default 1000000)  --json  --no-ranges (a host
 * that ignores Range)  --split=month (the same events also as a file a month and their index,
 * as `convert --split-by=month` writes them: four files; each run then opens the one file and
 * the index in turn). Files are generated once into bench/.work/data (a batch at a time).
 * To judge a change: --a=<dist> --b=<dist> [--runs=5] runs two builds by turns (each once the
 * machine is quiet) and prints the medians, instead of building this checkout once:
 *   NODE_ENV=production npx vite build --outDir /tmp/dist-A   (before the change, in a worktree)
 *   NODE_ENV=production npx vite build --outDir /tmp/dist-B   (after)
 */
import { chromium, type Page } from '@playwright/test';
import { execSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileWriter } from 'hyparquet-writer';
import { denseHeader, generateDenseBatches } from '../../bench/generate-dataset.ts';
import { writeDenseParquet, writeDenseSplit } from '../parquet/dense-parquet.ts';
import { indexFileName, SPLIT_BY, type SplitBy } from '../parquet/split-parquet-writer.ts';
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
const DRAG_MS = Number(ARGS['drag-ms'] ?? 0);
const WHEEL = ARGS.zoom === 'wheel';
const WHEEL_MS = Number(ARGS['wheel-ms'] ?? 16);
if (ARGS.zoom !== undefined && !['wheel', 'brush'].includes(ARGS.zoom)) throw new Error(`--zoom must be brush or wheel, not ${ARGS.zoom}`);
const SPLIT = SPLIT_BY.find((by) => by === ARGS.split) as SplitBy | undefined;
/** Where the split of a size is written: its index beside its files, under DATA. */
const splitOut = (size: number) => join(DATA, `dense-${size}-${SPLIT}`, 'dense.parquet');
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
for (const size of SPLIT ? SIZES : []) {
  if (existsSync(indexFileName(splitOut(size)))) continue;
  mkdirSync(join(DATA, `dense-${size}-${SPLIT}`), { recursive: true });
  await writeDenseSplit(splitOut(size), size, SPLIT!);
  log(`generated ${indexFileName(splitOut(size))}`);
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

/** Counts the page's long tasks (PerformanceObserver), for the longest one while the week loads. */
function installLongTaskProbe() {
  const tasks: { start: number; duration: number }[] = ((window as unknown as { __benchLongTasks: unknown }).__benchLongTasks = []) as never;
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push({ start: entry.startTime, duration: entry.duration }))).observe({ type: 'longtask', buffered: true });
}

/** Days brushed: a week, or less where a week holds more than a window loads (about 60,000 events at any size). */
const zoomDays = (size: number) => Math.min(7, (7 * 1_000_000) / size);

/** The notice's text, and the page's clock, just before a gesture ends. */
const beforeGestureEnd = (page: Page) =>
  page.evaluate(() => [document.querySelector('[aria-label="Large dataset"]')?.textContent ?? '', performance.now()] as const);

/** Brushes the overview across `span` days (of `days`) starting a fifth of the way in; resolves when released. */
async function brushWeek(page: Page, days: number, span: number) {
  await page.locator('.overview__plot').scrollIntoViewIfNeeded();
  const box = (await page.locator('.overview__plot').boundingBox())!;
  const x0 = box.x + box.width * 0.2;
  const y = box.y + 20;
  await page.mouse.move(x0, y);
  await page.mouse.down();
  const x1 = x0 + (box.width * span) / days;
  if (DRAG_MS > 0) {
    const steps = Math.max(5, Math.round(DRAG_MS / 16));
    for (let step = 1; step <= steps; step++) {
      await page.mouse.move(x0 + ((x1 - x0) * step) / steps, y);
      await page.waitForTimeout(DRAG_MS / steps);
    }
  } else await page.mouse.move(x1, y, { steps: 5 });
  const before = await beforeGestureEnd(page);
  await page.mouse.up();
  return before;
}

/** Twelve notches: the timeline zooms by e^(deltaY/400) a notch (use-plot-gestures.ts), from all `days` to `span`. */
const NOTCHES = 12;

/** Zooms the timeline from all `days` to `span` days with the wheel, a fifth of the way in; resolves as the last notch is sent. */
async function wheelWeek(page: Page, days: number, span: number) {
  await page.locator('.timeline-plot').scrollIntoViewIfNeeded();
  const box = (await page.locator('.timeline-plot').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.2, box.y + Math.min(box.height / 2, 120));
  const deltaY = (-400 * Math.log(days / span)) / NOTCHES;
  const sent: Promise<void>[] = [];
  for (let notch = 1; notch < NOTCHES; notch++) {
    sent.push(page.mouse.wheel(0, deltaY));
    await new Promise((done) => setTimeout(done, WHEEL_MS));
  }
  await Promise.all(sent);
  const before = await beforeGestureEnd(page);
  await page.mouse.wheel(0, deltaY);
  return before;
}

/**
 * Zooms to `span` days (by the brush or the wheel); resolves with ms from the gesture's end to
 * the window's events shown (the notice names a new loaded window), the page's time then (ms
 * since navigation), and the longest main-thread task in between.
 */
async function zoomToWeek(page: Page, days: number, span: number): Promise<{ week: number; shownAt: number; longestTask: number }> {
  const [before, releasedAt] = await (WHEEL ? wheelWeek : brushWeek)(page, days, span);
  const released = Date.now();
  // A new "Loaded the events of …": at 100,000 events the whole file's window was loaded before.
  const shownAt = await page.waitForFunction(
    (before) => {
      const text = document.querySelector('[aria-label="Large dataset"]')?.textContent ?? '';
      return text !== before && /Loaded the events of/.test(text) && performance.now();
    },
    before,
    { polling: 'raf', timeout: LIMIT_MS },
  );
  const week = Date.now() - released;
  const tasks = await page.evaluate(() => (window as unknown as { __benchLongTasks: { start: number; duration: number }[] }).__benchLongTasks);
  const longestTask = Math.max(0, ...tasks.filter((task) => task.start + task.duration > releasedAt).map((task) => task.duration));
  return { week, shownAt: (await shownAt.jsonValue()) as number, longestTask };
}

async function measure(server: BenchServer, url: string, parquet: boolean, span = 7) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    server.resetBytes();
    await page.addInitScript(installLongTaskProbe);
    const firstDraw = await timeFirstDraw(page, url, Date.now() + LIMIT_MS);
    const firstBytes = server.bytesSent();
    const zoom = parquet ? await zoomToWeek(page, 120, span) : undefined;
    const shown = parquet ? await page.locator('[aria-label="Large dataset"]').textContent() : '';
    const cdp = await context.newCDPSession(page);
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    return { firstDraw, firstBytes, ...zoom, weekBytes: server.bytesSent() - firstBytes, heap, shown };
  } finally {
    await browser.close();
  }
}

const runs = AB || SPLIT ? Number(ARGS.runs ?? 5) : 1;
const figures = new Map<string, number[]>();
const note = (key: string, value: number) => figures.set(key, [...(figures.get(key) ?? []), Math.round(value)]);
for (let run = 0; run < runs; run++) {
  for (const size of SIZES) {
    const file = `dense-${size}.parquet`;
    const bytes = statSync(join(DATA, file)).size;
    const index = `dense-${size}-${SPLIT}/${basename(indexFileName(splitOut(size)))}`;
    for (const [build, server] of Object.entries(servers).flatMap(([name, server]) => [
      [name, server] as const,
      ...(SPLIT ? [[`${name}${name ? ' ' : ''}index`, server] as const] : []),
    ])) {
      if (AB) await waitForQuietMachine();
      const r = await measure(server, `${server.origin}/?data=/bench-data/${build.endsWith('index') ? index : file}`, true, zoomDays(size));
      log(`${AB || SPLIT ? `run ${run + 1} ${build || 'file'} ` : ''}Parquet ${size.toLocaleString('en-GB')} events (${MB(bytes)}): first draw ${r.firstDraw.toFixed(0)} ms with ${MB(r.firstBytes)} fetched; ${zoomDays(size) === 7 ? 'week' : `${zoomDays(size)}-day`} zoom ${r.week} ms with ${MB(r.weekBytes)} more (shown ${r.shownAt!.toFixed(0)} ms after navigation; longest main-thread task ${r.longestTask!.toFixed(0)} ms); heap ${MB(r.heap)}`);
      if (!AB) log(`  notice: ${r.shown?.replace(/\s+/g, ' ').slice(0, 160)}`);
      note(`${build} ${size} first draw ms`, r.firstDraw);
      note(`${build} ${size} week zoom ms`, r.week!);
      note(`${build} ${size} week shown since navigation ms`, r.shownAt!);
      note(`${build} ${size} longest task while zooming ms`, r.longestTask!);
      note(`${build} ${size} week bytes kB`, r.weekBytes / 1e3);
      note(`${build} ${size} heap MB`, r.heap / 1e6);
    }
  }
}
if (AB || SPLIT) {
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
