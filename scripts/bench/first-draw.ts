import type { Page } from '@playwright/test';
import { within } from './deadline.ts';

// How a run times the first draw: a probe added before any of the page's scripts watches for
// the drawn timeline and notes when the dataset worker spoke (bench-measure.ts runs the rest).

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

