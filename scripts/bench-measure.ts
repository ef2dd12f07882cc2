import type { Browser, Page } from '@playwright/test';

/**
 * One measured run: a fresh browser context loads a page, and we record
 *  - first draw: navigation start → the timeline root's aria-busy turning "false" (a
 *    MutationObserver installed before any page script records performance.now() and reports
 *    it through a binding, see timeFirstDraw);
 *  - frames: requestAnimationFrame intervals during a scripted wheel-zoom and drag sequence;
 *  - heap: the page's JS heap after the sequence (CDP Runtime.getHeapUsage), and after a GC.
 * The whole run (load and sequence) must finish within `limitMs`, or it is "did not finish".
 */
export interface RunResult {
  readonly firstDrawMs?: number;
  readonly frameMedianMs?: number;
  readonly frameP95Ms?: number;
  readonly frames?: number;
  readonly heapMB?: number;
  readonly heapAfterGcMB?: number;
  /** Ours only: when the dataset worker was made and first sent each message (see STAGES). */
  readonly stages?: Readonly<Record<string, number>>;
  readonly elapsedMs: number;
  readonly failure?: string;
}

export interface RunCase {
  readonly url: string;
  /** CSS selector of the element the wheel and drag act on. */
  readonly target: string;
  readonly limitMs: number;
  /**
   * Awaited once the page exists, before it navigates: the benchmark waits there for the machine
   * to be quiet again, so the first draw measures the page, not the browser's own start-up
   * running beside it (see README, "Benchmark").
   */
  readonly beforeNavigation?: () => Promise<unknown>;
}

/** The `--name=value` and `--flag` options after `--` on a benchmark command line (a flag maps to undefined). */
export function benchOptions(argv: readonly string[] = process.argv): Record<string, string | undefined> {
  return Object.fromEntries(
    argv
      .slice(1)
      .filter((arg) => arg.startsWith('--'))
      .map((arg) => {
        const [name, value] = arg.replace(/^--/, '').split('=');
        return [name!, value];
      }),
  );
}

export const VIEWPORT = { width: 1280, height: 800 };
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Where our first draw goes: when the page made the dataset worker, when the worker first
 * spoke (connecting: it has started), and when the events were on the page (done: received
 * and unpacked). The timestamps are taken by a listener added before the app's own.
 */
export const STAGES = ['worker', 'connecting', 'done'] as const;

/** The page function the probe calls with the first-draw time (see timeFirstDraw). */
const REPORT_FIRST_DRAW = '__benchReportFirstDraw';

export function installFirstDrawProbe() {
  const probe = window as unknown as {
    __benchStages: Record<string, number>;
    __benchReportFirstDraw?: (time: number) => void;
  };
  const stages: Record<string, number> = (probe.__benchStages = {});
  const NativeWorker = window.Worker;
  if (NativeWorker) {
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        stages.worker ??= performance.now();
        this.addEventListener('message', (event: MessageEvent<{ type?: string; progress?: { stage?: string } }>) => {
          const stage = event.data?.type === 'progress' ? event.data.progress?.stage : event.data?.type;
          if (stage && stages[stage] === undefined) stages[stage] = performance.now();
        });
      }
    };
  }
  const observer = new MutationObserver(() => {
    // Ours: the timeline section once it holds the plot; peers: their host root.
    if (!document.querySelector('[aria-busy="false"] .timeline-plot, [aria-busy="false"][data-bench-peer]')) return;
    // The name is REPORT_FIRST_DRAW: this function runs in the page, where the constant is not.
    probe.__benchReportFirstDraw?.(performance.now());
    // Watching every DOM change costs something too: stop before the frames are measured.
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
}

/**
 * Opens `url` in `page` and resolves with its first draw (ms since navigation), told by the page
 * itself: the probe reports it through a binding. `beforeNavigation` runs once the page exists
 * and before it navigates (the benchmark waits there for the browser to settle). Asking the page instead
 * (page.waitForFunction) slowed the very load it measured: Playwright compiles its own
 * injected script into the page for it (23 ms of the main thread in a trace, while the app's
 * bundle was waiting to run) and evaluates the condition every 50 ms, even in the middle of the
 * app's start-up. The same build, the two ways by turns: 280 ms that way, 262 ms this way
 * (medians of 10, 1,000 events). A binding costs the page nothing until it is called.
 */
export async function timeFirstDraw(page: Page, url: string, deadline: number, beforeNavigation?: () => Promise<unknown>): Promise<number> {
  let report!: (time: number) => void;
  const firstDraw = new Promise<number>((resolve) => (report = resolve));
  await within(page.exposeFunction(REPORT_FIRST_DRAW, (time: number) => report(time)), deadline, 'page set-up');
  await within(page.addInitScript(installFirstDrawProbe), deadline, 'page set-up');
  if (beforeNavigation) await within(beforeNavigation(), deadline, 'waiting for the browser to settle');
  await within(page.goto(url, { waitUntil: 'commit' }), deadline, 'navigation');
  return within(firstDraw, deadline, 'first draw');
}

export const quantile = (sorted: readonly number[], q: number) =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;

/** Rejects after `ms`: a peer stuck in a long task must not stall the whole benchmark. */
function within<T>(promise: Promise<T>, deadline: number, what: string): Promise<T> {
  const left = deadline - Date.now();
  if (left <= 0) return Promise.reject(new Error(`${what}: over the time limit`));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: over the time limit`)), left)));
  // The losing promise rejects later, when the context closes: that is expected, not a crash.
  promise.catch(() => undefined);
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Ten wheel steps in (about ×20), a 300 px drag, ten wheel steps out: one input per frame. */
async function gestureSequence(page: Page, target: string, deadline: number) {
  const box = await within(page.locator(target).first().boundingBox(), deadline, 'find plot');
  if (!box) throw new Error(`no ${target} on the page`);
  const x = box.x + box.width * 0.6;
  const y = box.y + Math.min(box.height / 2, 120);
  const step = async (action: Promise<void>) => {
    await within(action, deadline, 'gesture');
    await page.waitForTimeout(16);
  };
  await step(page.mouse.move(x, y));
  for (let i = 0; i < 10; i++) await step(page.mouse.wheel(0, -120));
  await step(page.mouse.down());
  for (let i = 1; i <= 25; i++) await step(page.mouse.move(x - i * 12, y));
  await step(page.mouse.up());
  for (let i = 0; i < 10; i++) await step(page.mouse.wheel(0, 120));
}

export async function measureRun(browser: Browser, run: RunCase): Promise<RunResult> {
  const started = Date.now();
  const deadline = started + run.limitMs;
  const context = await browser.newContext({ viewport: VIEWPORT, timezoneId: 'America/Los_Angeles' });
  // Kept for a run that draws but then stalls: the report says when it drew.
  let firstDrawMs: number | undefined;
  try {
    const page = await context.newPage();
    firstDrawMs = await timeFirstDraw(page, run.url, deadline, run.beforeNavigation);
    const stages = await within(
      page.evaluate(() => (window as unknown as { __benchStages: Record<string, number> }).__benchStages),
      deadline,
      'reading the page after its first draw',
    );
    await page.waitForTimeout(300);
    await within(
      page.evaluate(() => {
        const state = window as unknown as { __benchFrames: number[]; __benchRecording: boolean };
        state.__benchFrames = [];
        state.__benchRecording = true;
        const loop = (time: number) => {
          state.__benchFrames.push(time);
          if (state.__benchRecording) requestAnimationFrame(loop);
        };
        requestAnimationFrame(loop);
      }),
      deadline,
      'frame recorder',
    );
    await gestureSequence(page, run.target, deadline);
    await page.waitForTimeout(100);
    const times = await within(
      page.evaluate(() => {
        const state = window as unknown as { __benchFrames: number[]; __benchRecording: boolean };
        state.__benchRecording = false;
        return state.__benchFrames;
      }),
      deadline,
      'frames',
    );
    const intervals = times.slice(1).map((time, index) => time - times[index]!).sort((a, b) => a - b);
    const cdp = await context.newCDPSession(page);
    const heap = (await within(cdp.send('Runtime.getHeapUsage'), deadline, 'heap')).usedSize;
    await within(cdp.send('HeapProfiler.collectGarbage'), deadline, 'gc');
    const heapAfterGc = (await within(cdp.send('Runtime.getHeapUsage'), deadline, 'heap')).usedSize;
    return {
      firstDrawMs,
      stages: Object.keys(stages).length ? stages : undefined,
      frameMedianMs: quantile(intervals, 0.5),
      frameP95Ms: quantile(intervals, 0.95),
      frames: intervals.length,
      heapMB: heap / 1e6,
      heapAfterGcMB: heapAfterGc / 1e6,
      elapsedMs: Date.now() - started,
    };
  } catch (error) {
    return { firstDrawMs, elapsedMs: Date.now() - started, failure: error instanceof Error ? error.message : String(error) };
  } finally {
    // Closing a context whose renderer is stuck can itself hang: give it a few seconds.
    await Promise.race([context.close(), new Promise((done) => setTimeout(done, 5000))]);
  }
}
