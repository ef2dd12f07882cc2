import type { Browser, Page } from '@playwright/test';
import { VIEWPORT } from './bench-options.ts';
import { within } from './deadline.ts';
import { timeFirstDraw } from './first-draw.ts';
import { FrameRecorder, gesturePoint, unackedSequence, type WheelMode } from './wheel-input.ts';

/**
 * One measured run: a fresh browser context loads a page, and we record
 *  - first draw: navigation start → the timeline root's aria-busy turning "false" (a
 *    MutationObserver installed before any page script records performance.now() and reports
 *    it through a binding, see timeFirstDraw in first-draw.ts);
 *  - frames: requestAnimationFrame intervals during a scripted wheel-zoom and drag sequence,
 *    each input awaited before the next (acked), and/or sent on a clock without waiting (unacked,
 *    as a physical wheel sends them: see wheel-input.ts), the latter split into zoom and drag;
 *  - heap: the page's JS heap after the sequence (CDP Runtime.getHeapUsage), and after a GC.
 * The whole run (load and sequence) must finish within `limitMs`, or it is "did not finish".
 */
export interface RunResult {
  readonly firstDrawMs?: number;
  readonly frameMedianMs?: number;
  readonly frameP95Ms?: number;
  readonly frames?: number;
  /** Unacked input: frame interval p95 while the wheel zooms, and while the pointer drags. */
  readonly zoomP95Ms?: number;
  readonly dragP95Ms?: number;
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
  /** Which gesture sequences to run: 'acked', 'unacked' or 'both' (the default). */
  readonly wheel?: WheelMode;
}

export const quantile = (sorted: readonly number[], q: number) =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;

/** Ten wheel steps in (about ×20), a 300 px drag, ten wheel steps out: one input per frame. */
async function gestureSequence(page: Page, target: string, deadline: number) {
  const { x, y } = await gesturePoint(page, target, deadline);
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
    const frames = new FrameRecorder(page, deadline);
    const mode = run.wheel ?? 'both';
    let acked: number[] = [];
    if (mode !== 'unacked') {
      await frames.start();
      await gestureSequence(page, run.target, deadline);
      await page.waitForTimeout(100);
      acked = await frames.stop();
    }
    const unacked = mode === 'acked' ? undefined : await unackedSequence(page, run.target, frames, deadline);
    const intervals = (mode === 'unacked' ? [...unacked!.zoom, ...unacked!.drag] : acked).sort((a, b) => a - b);
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
      zoomP95Ms: unacked && quantile([...unacked.zoom].sort((a, b) => a - b), 0.95),
      dragP95Ms: unacked && quantile([...unacked.drag].sort((a, b) => a - b), 0.95),
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
