/**
 * `npm run bench`: the timeline at 1,000, 10,000 and 100,000 events against vis-timeline and
 * TimelineJS, on the same generated data and the same steps, in headless Chromium against a
 * production build served from localhost. Writes bench/results.md. See README, "Benchmark".
 *
 * Options (after `--`): --sizes=1000,10000  --runs=3  --peer-runs=3  --no-peers  --no-write
 */
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { generateDataset } from '../bench/generate-dataset.ts';
import { initialJavaScript } from './check-bundle-size.ts';
import { measureRun, type RunResult } from './bench-measure.ts';
import { ensurePeers, PEERS, toTimelineJs, toVis, type PeerId } from './bench-peers.ts';
import { budgetTable, ratioTable, resultsTable, summarize, type CaseResult } from './bench-report.ts';
import { startBenchServer } from './bench-server.ts';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const BENCH = join(ROOT, 'bench');
const WORK = join(BENCH, '.work');
const DATA = join(WORK, 'data');
const DIST = join(WORK, 'dist');
const LIMIT_MS = 60_000;
const ARGS: Record<string, string | undefined> = Object.fromEntries(
  process.argv
    .slice(1)
    .filter((arg) => arg.startsWith('--'))
    .map((arg) => {
      const [name, value] = arg.replace(/^--/, '').split('=');
      return [name!, value];
    }),
);
const SIZES = (ARGS.sizes ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(ARGS.runs ?? 3);
const PEER_RUNS = Number(ARGS['peer-runs'] ?? 3);
const WITH_PEERS = !('no-peers' in ARGS);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const OURS = 'conflict-timeline';

const started = Date.now();
const log = (message: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const loadAtStart = loadavg()[0]!;

const peerVersions = WITH_PEERS ? ensurePeers(BENCH) : {};
mkdirSync(DATA, { recursive: true });
const datasetBytes = new Map<number, number>();
for (const size of SIZES) {
  const dataset = generateDataset({ count: size, seed: 1 });
  writeFileSync(join(DATA, `${size}.json`), JSON.stringify(dataset));
  datasetBytes.set(size, statSync(join(DATA, `${size}.json`)).size);
  if (WITH_PEERS) {
    writeFileSync(join(DATA, `vis-${size}.json`), JSON.stringify(toVis(dataset)));
    writeFileSync(join(DATA, `timelinejs-${size}.json`), JSON.stringify(toTimelineJs(dataset)));
  }
}
log(`datasets ready: ${SIZES.join(', ')} events`);

await build({ root: ROOT, logLevel: 'warn', build: { outDir: DIST, emptyOutDir: true } });
const initial = initialJavaScript(DIST);
const initialKB = initial.reduce((sum, file) => sum + file.gzip, 0) / 1000;
const gzipKB = (file: string) => gzipSync(readFileSync(join(BENCH, 'node_modules', file))).length / 1000;
const peerJsKB: Record<string, number> = WITH_PEERS
  ? { [PEERS.vis.name]: gzipKB('vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'), [PEERS.timelinejs.name]: gzipKB('@knight-lab/timelinejs/dist/js/timeline.js') }
  : {};
log(`production build: initial JavaScript ${initialKB.toFixed(1)} kB gzip`);

const server = await startBenchServer(DIST, { '/bench-data/': DATA, '/peers/': join(BENCH, 'peers'), '/peer-modules/': join(BENCH, 'node_modules') });
const chromiumVersion = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS }).then(async (browser) => {
  const version = browser.version();
  await browser.close();
  return version;
});

/** A fresh browser per run: a peer stuck in a long task cannot slow the runs after it. */
async function run(url: string, target: string): Promise<RunResult> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    return await measureRun(browser, { url, target, limitMs: LIMIT_MS });
  } finally {
    await browser.close();
  }
}

const cases: CaseResult[] = [];
async function measureCase(tool: string, size: number, url: string, target: string, runs: number) {
  const results: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await run(url, target);
    results.push(result);
    const detail = result.failure ? `did not finish (${result.failure})` : `first draw ${result.firstDrawMs?.toFixed(0)} ms, p95 ${result.frameP95Ms?.toFixed(1)} ms, heap ${result.heapMB?.toFixed(0)} MB`;
    log(`${tool} ${size}: run ${i + 1}: ${detail}`);
    // One failed or very slow run is enough for a peer: repeating it would only spend minutes.
    if (result.failure || (tool !== OURS && result.elapsedMs > 20_000)) break;
  }
  cases.push({ tool, size, runs: results });
}

for (const size of SIZES) {
  await measureCase(OURS, size, `${server.origin}/?data=/bench-data/${size}.json`, '.timeline-plot', RUNS);
  if (!WITH_PEERS) continue;
  for (const id of Object.keys(PEERS) as PeerId[]) {
    const peer = PEERS[id];
    await measureCase(peer.name, size, `${server.origin}${peer.page}?data=/bench-data/${id}-${size}.json`, peer.target, PEER_RUNS);
  }
}
await server.close();

const summaries = cases.map(summarize);
const ours = (size: number) => summaries.find((s) => s.tool === OURS && s.size === size);
const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1] ?? cpus()[0]?.model ?? 'unknown';
const nproc = execSync('nproc').toString().trim();
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
const report = `# Benchmark results

Written by \`npm run bench\` (scripts/bench.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, in ${minutes} minutes.

- **Machine**: ${cpu}, ${nproc} cores (nproc), ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory; load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end.
- **Browser**: Chromium ${chromiumVersion}, headless, ${FLAGS.join(' ')}; viewport 1280×800. **Node** ${process.version}.
- **Peers**: ${Object.entries(peerVersions).map(([name, version]) => `${name} ${version}`).join(', ') || 'not measured (--no-peers)'}.
- **Data**: bench/generate-dataset.ts, seed 1, five years from 2019-01-01; ${SIZES.map((size) => `${size.toLocaleString('en-GB')} events = ${((datasetBytes.get(size) ?? 0) / 1e6).toFixed(1)} MB`).join(', ')} (our format; each peer gets the same events converted to its own).
- **App**: production build (vite build), served with the datasets by a small Node static server on localhost; loaded with \`?data=/bench-data/<n>.json\`.

How each run measures (a fresh browser per run; medians over runs):

- **First draw**: navigation start → the timeline root's \`aria-busy\` turns "false" (ours: after the first frame with data is drawn; vis-timeline: its first \`changed\` event; TimelineJS: its \`loaded\` event), recorded by a MutationObserver installed before any page script.
- **Frames**: \`requestAnimationFrame\` intervals while the same inputs are sent, one every ~16 ms: 10 wheel steps in, a 300 px drag, 10 wheel steps out, over the plot (TimelineJS: over its time navigator, where the wheel scrolls rather than zooms).
- **JS heap**: the page's heap after the sequence (CDP Runtime.getHeapUsage), then after a forced GC.
- A case that does not finish within 60 s (load and sequence) is "did not finish". Peers get ${PEER_RUNS} runs, or 1 when a run takes over 20 s or fails; ours get ${RUNS}.

## Results

${resultsTable(summaries)}

## Ours ÷ theirs (below 1 is better for ours)

${ratioTable(summaries, OURS, WITH_PEERS ? Object.values(PEERS).map((peer) => peer.name) : [])}

## Our budgets

${budgetTable([
  ...SIZES.map((size) => ({ label: `${size.toLocaleString('en-GB')} events: first draw`, limit: size >= 100_000 ? 1500 : size >= 10_000 ? 500 : 300, measured: ours(size)?.firstDrawMs, unit: 'ms' as const })),
  ...SIZES.filter((size) => size >= 10_000).map((size) => ({ label: `${size.toLocaleString('en-GB')} events: frame interval p95`, limit: 17, measured: ours(size)?.frameP95Ms, unit: 'ms' as const })),
  ...SIZES.filter((size) => size >= 100_000).map((size) => ({ label: `${size.toLocaleString('en-GB')} events: JS heap`, limit: 150, measured: ours(size)?.heapMB, unit: 'MB' as const })),
  { label: 'Initial JavaScript (gzip)', limit: 150, measured: initialKB, unit: 'kB' as const },
])}

## JavaScript size (gzip)

- ${OURS}: ${initialKB.toFixed(1)} kB initial JavaScript (what index.html loads: ${initial.map((file) => file.path).join(', ')}); the whole app, not only a timeline.
${Object.entries(peerJsKB).map(([name, kb]) => `- ${name}: ${kb.toFixed(1)} kB (its standalone script; the library alone)`).join('\n')}
`;
if (!('no-write' in ARGS)) writeFileSync(join(BENCH, 'results.md'), report);
console.log(`\n${report}`);
log(`done${'no-write' in ARGS ? '' : ': bench/results.md written'}`);
