/**
 * `npm run bench:ab -- --a=<dist> --b=<dist>`: first draw of two builds of the app, run by turns
 * on the benchmark's datasets (make them once with `npm run bench`), a fresh browser per run,
 * each once the machine is quiet. For judging one change: the machine drifts by more than
 * most changes save, so compare two builds side by side rather than with an older results.md.
 *   NODE_ENV=production npx vite build --outDir .cache/dist-A   (before the change, e.g. in a worktree)
 *   NODE_ENV=production npx vite build --outDir .cache/dist-B   (after)
 * Options: --sizes=1000,10000 (default 1000,10000,100000) --runs=10 (default 10), --cold (open the
 * page as soon as the browser has started, as `npm run bench -- --cold` does), --profile=dense
 * (the dense datasets, made by `npm run bench -- --profile=dense`; default spread), --frames (also
 * the frame p95 zooming and dragging with unacked input, wheel-input.ts: a longer run per case).
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { measureRun, quantile } from './bench-measure.ts';
import { benchOptions, benchProfiles, CHROMIUM, datasetFile, FLAGS, VIEWPORT } from './bench-options.ts';
import { timeFirstDraw } from './first-draw.ts';
import { startBenchServer } from './bench-server.ts';
import { waitForQuietMachine } from './quiet-machine.ts';

const args = benchOptions();
const builds = { A: args.a, B: args.b };
const sizes = (args.sizes ?? '1000,10000,100000').split(',');
const runs = Number(args.runs ?? 10);
const [profile] = benchProfiles(args.profile ?? 'spread');
const DATA = 'bench/.work/data';
if (!builds.A || !builds.B || !existsSync(DATA)) {
  console.error('Usage: npm run bench:ab -- --a=<dist> --b=<dist> [--sizes=1000] [--runs=10]  (run `npm run bench` once first, for the datasets)');
  process.exit(1);
}

const servers = { A: await startBenchServer(builds.A, { '/bench-data/': DATA }), B: await startBenchServer(builds.B, { '/bench-data/': DATA }) };
const results = new Map<string, number[]>();
const note = (key: string, value: number | undefined) => {
  if (value !== undefined) results.set(key, [...(results.get(key) ?? []), Math.round(value * 10) / 10]);
};
const beforeNavigation = 'cold' in args ? undefined : waitForQuietMachine;
for (let run = 0; run < runs; run++) {
  for (const size of sizes) {
    for (const build of ['A', 'B'] as const) {
      await waitForQuietMachine();
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
      try {
        const url = `${servers[build].origin}/?data=/bench-data/${datasetFile(Number(size), profile)}`;
        if ('frames' in args) {
          const result = await measureRun(browser, { url, target: '.timeline-plot', limitMs: 60_000, beforeNavigation, wheel: 'unacked' });
          if (result.failure) console.error(`${build} ${size}: ${result.failure}`);
          note(`${build} ${size} first draw`, result.firstDrawMs);
          note(`${build} ${size} zoom p95`, result.zoomP95Ms);
          note(`${build} ${size} drag p95`, result.dragP95Ms);
          console.log(`run ${run + 1} ${build} ${size}: first draw ${result.firstDrawMs?.toFixed(0)} ms, zoom p95 ${result.zoomP95Ms?.toFixed(1)}, drag p95 ${result.dragP95Ms?.toFixed(1)}`);
        } else {
          const page = await browser.newPage({ viewport: VIEWPORT });
          note(`${build} ${size} first draw`, await timeFirstDraw(page, url, Date.now() + 60_000, beforeNavigation));
        }
      } finally {
        await browser.close();
      }
    }
  }
}
for (const [key, values] of results) {
  const sorted = [...values].sort((a, b) => a - b);
  console.log(`${key.padEnd(24)} median ${quantile(sorted, 0.5)} ms  (${values.join(', ')})`);
}
await servers.A.close();
await servers.B.close();
