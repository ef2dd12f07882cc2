/**
 * `npm run bench`: the timeline at 1,000, 10,000 and 100,000 events against vis-timeline and
 * TimelineJS, on the same generated data and the same steps, in headless Chromium against a
 * production build served from localhost. Writes bench/results.md. See README, "Benchmark".
 *
 * Options (after `--`): --sizes=1000,10000  --runs=3  --peer-runs=3  --no-peers  --no-write
 *   --cold: open the page as soon as the browser has started, not once it has settled
 *   --profile=spread,dense (the default: both): five years (spread) or 120 days with bursts (dense)
 *   --peers=vis,timelinejs,naive (default: vis and TimelineJS on spread, the naive page on dense)
 *   --wheel=acked|unacked|both (default both): gesture input awaited step by step, or sent on a clock
 */
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generateDataset, type BenchProfile } from '../../bench/generate-dataset.ts';
import { initialJavaScript } from '../cli/check-bundle-size.ts';
import { measureRun, type RunResult } from './bench-measure.ts';
import { benchOptions, benchProfiles, CHROMIUM, datasetFile, FLAGS } from './bench-options.ts';
import { ensurePeers, naiveD3Script, peerIds, PEERS, toTimelineJs, toVis, type PeerId } from './bench-peers.ts';
import { wheelMode } from './wheel-input.ts';
import { waitForQuietMachine } from './quiet-machine.ts';
import { resultsDocument } from './bench-document.ts';
import type { CaseResult } from './bench-report.ts';
import { startBenchServer } from './bench-server.ts';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BENCH = join(ROOT, 'bench');
const WORK = join(BENCH, '.work');
const DATA = join(WORK, 'data');
const DIST = join(WORK, 'dist');
const LIMIT_MS = 60_000;
const ARGS = benchOptions();
const SIZES = (ARGS.sizes ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(ARGS.runs ?? 3);
const PEER_RUNS = Number(ARGS['peer-runs'] ?? 3);
const WITH_PEERS = !('no-peers' in ARGS);
const COLD = 'cold' in ARGS;
const PROFILES = benchProfiles(ARGS.profile);
const WHEEL = wheelMode(ARGS.wheel);
const DEFAULT_PEERS: Record<BenchProfile, readonly PeerId[]> = { spread: ['vis', 'timelinejs'], dense: ['naive'] };
const peersOf = (profile: BenchProfile) => (WITH_PEERS ? peerIds(ARGS.peers, DEFAULT_PEERS[profile]) : []);
const ALL_PEERS = [...new Set(PROFILES.flatMap(peersOf))];
const OURS = 'conflict-timeline';

const started = Date.now();
const log = (message: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const loadAtStart = loadavg()[0]!;

const peerVersions: Record<string, string> = ensurePeers(BENCH, ALL_PEERS);
mkdirSync(DATA, { recursive: true });
if (ALL_PEERS.includes('naive')) {
  writeFileSync(join(WORK, 'naive-d3.js'), naiveD3Script(join(ROOT, 'node_modules')));
  peerVersions['d3-scale (naive page)'] = (JSON.parse(readFileSync(join(ROOT, 'node_modules/d3-scale/package.json'), 'utf8')) as { version: string }).version;
}
const datasetBytes = new Map<string, number>();
for (const profile of PROFILES) {
  for (const size of SIZES) {
    const dataset = generateDataset({ count: size, seed: 1, profile });
    const file = datasetFile(size, profile);
    writeFileSync(join(DATA, file), JSON.stringify(dataset));
    datasetBytes.set(file, statSync(join(DATA, file)).size);
    if (peersOf(profile).includes('vis')) writeFileSync(join(DATA, `vis-${file}`), JSON.stringify(toVis(dataset)));
    if (peersOf(profile).includes('timelinejs')) writeFileSync(join(DATA, `timelinejs-${file}`), JSON.stringify(toTimelineJs(dataset)));
  }
}
log(`datasets ready: ${PROFILES.join(' and ')}, ${SIZES.join(', ')} events`);

// A separate process with NODE_ENV=production: this script runs inside Vite's module runner,
// which sets NODE_ENV=development, and a build made here would bundle React's development build.
execSync(`npx vite build --outDir ${JSON.stringify(DIST)} --emptyOutDir --logLevel warn`, {
  cwd: ROOT,
  env: { ...process.env, NODE_ENV: 'production' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const initial = initialJavaScript(DIST);
const initialKB = initial.reduce((sum, file) => sum + file.gzip, 0) / 1000;
const gzipKB = (file: string) => gzipSync(readFileSync(join(BENCH, 'node_modules', file))).length / 1000;
const peerJsKB: Record<string, number> = {
  ...(ALL_PEERS.includes('vis') ? { [PEERS.vis.name]: gzipKB('vis-timeline/standalone/umd/vis-timeline-graph2d.min.js') } : {}),
  ...(ALL_PEERS.includes('timelinejs') ? { [PEERS.timelinejs.name]: gzipKB('@knight-lab/timelinejs/dist/js/timeline.js') } : {}),
  ...(ALL_PEERS.includes('naive') ? { [PEERS.naive.name]: gzipSync(readFileSync(join(WORK, 'naive-d3.js'))).length / 1000 } : {}),
};
log(`production build: initial JavaScript ${initialKB.toFixed(1)} kB gzip`);

const server = await startBenchServer(DIST, { '/bench-data/': DATA, '/peers/': join(BENCH, 'peers'), '/peer-modules/': join(BENCH, 'node_modules'), '/peer-work/': WORK });
const chromiumVersion = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS }).then(async (browser) => {
  const version = browser.version();
  await browser.close();
  return version;
});

/**
 * A fresh browser per run, so a peer stuck in a long task cannot slow the runs after it; it is
 * killed (the whole process group) after the run, whatever state its renderer is in.
 */
async function run(url: string, target: string): Promise<RunResult> {
  await waitForQuietMachine();
  const server = await chromium.launchServer({ executablePath: CHROMIUM, args: FLAGS });
  const browser = await chromium.connect(server.wsEndpoint());
  try {
    return await measureRun(browser, { url, target, limitMs: LIMIT_MS, beforeNavigation: COLD ? undefined : waitForQuietMachine, wheel: WHEEL });
  } finally {
    await Promise.race([browser.close(), new Promise((done) => setTimeout(done, 5000))]);
    await server.kill();
  }
}

const cases: CaseResult[] = [];
async function measureCase(profile: BenchProfile, tool: string, size: number, url: string, target: string, runs: number) {
  const results: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await run(url, target);
    results.push(result);
    const unacked = result.zoomP95Ms === undefined ? '' : `, unacked p95 zoom ${result.zoomP95Ms.toFixed(1)} / drag ${result.dragP95Ms?.toFixed(1)} ms`;
    const detail = result.failure ? `did not finish (${result.failure})` : `first draw ${result.firstDrawMs?.toFixed(0)} ms, p95 ${result.frameP95Ms?.toFixed(1)} ms${unacked}, heap ${result.heapMB?.toFixed(0)} MB`;
    log(`${profile} ${tool} ${size}: run ${i + 1}: ${detail}`);
    // One failed or very slow run is enough for a peer: repeating it would only spend minutes.
    if (result.failure || (tool !== OURS && result.elapsedMs > 20_000)) break;
  }
  cases.push({ profile, tool, size, runs: results });
}

for (const profile of PROFILES) {
  for (const size of SIZES) {
    const file = datasetFile(size, profile);
    await measureCase(profile, OURS, size, `${server.origin}/?data=/bench-data/${file}`, '.timeline-plot', RUNS);
    for (const id of peersOf(profile)) {
      const peer = PEERS[id];
      await measureCase(profile, peer.name, size, `${server.origin}${peer.page}?data=/bench-data/${peer.ownFormat ? `${id}-` : ''}${file}`, peer.target, PEER_RUNS);
    }
  }
}
await server.close();

const report = resultsDocument({
  cases,
  ours: OURS,
  peers: peersOf('spread').map((id) => PEERS[id].name),
  naive: PEERS.naive.name,
  wheel: WHEEL,
  sizes: SIZES,
  runs: RUNS,
  peerRuns: PEER_RUNS,
  minutes: (Date.now() - started) / 60_000,
  loadAtStart,
  chromiumVersion,
  flags: FLAGS,
  cold: COLD,
  peerVersions,
  datasetBytes,
  initial,
  peerJsKB,
});
if (!('no-write' in ARGS)) writeFileSync(join(BENCH, 'results.md'), report);
console.log(`\n${report}`);
log(`done${'no-write' in ARGS ? '' : ': bench/results.md written'}`);
