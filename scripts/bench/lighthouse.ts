/**
 * `npm run bench:lighthouse`: Lighthouse 12.2.3 (the last release that runs on Node 20), through
 * npx and never a dependency of the app, with its default mobile settings (a mid-range phone,
 * simulated slow 4G and 4× CPU slowdown), on the built site's `/` and one static event page.
 * The build gets SITE_URL set to the audit server's own address, as a deployed site has it (the
 * canonical and og:url are then absolute and on the same host). The server compresses text, as
 * a static host does. Writes bench/lighthouse.md.
 *
 * Options (after `--`): --runs=3 (per page; medians)  --port=4616  --pages=/,/events/<id>/
 *   --dist=<dir> (audit a build made elsewhere; SITE_URL must then match the server)  --no-write
 */
import { execFile, execSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchOptions, CHROMIUM, FLAGS } from './bench-options.ts';
import { startBenchServer } from './bench-server.ts';
import { lighthouseFigures, lighthouseTable, medianFigures, type LighthouseFigures } from './lighthouse-report.ts';

const LIGHTHOUSE = 'lighthouse@12.2.3';
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const WORK = join(ROOT, 'bench', '.work', 'lighthouse');
const ARGS = benchOptions();
const RUNS = Number(ARGS.runs ?? 3);
const PORT = Number(ARGS.port ?? 4616);
const PAGES = (ARGS.pages ?? '/,/events/us-strike-baghdad-abu-taqwa/').split(',');
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SITE_URL = `${ORIGIN}/`;

mkdirSync(WORK, { recursive: true });
const dist = ARGS.dist ? resolve(ARGS.dist) : join(WORK, 'dist');
if (!ARGS.dist) {
  // A separate process with NODE_ENV=production (this script runs in Vite's module runner, which sets development).
  execSync(`npx vite build --outDir ${JSON.stringify(dist)} --emptyOutDir --logLevel warn`, {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', SITE_URL },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
const server = await startBenchServer(dist, {}, true, { port: PORT, gzip: true });
const pages = new Map<string, LighthouseFigures>();
const runLines: string[] = [];
const loadAtStart = loadavg()[0]!;
try {
  for (const path of PAGES) {
    const runs: LighthouseFigures[] = [];
    for (let run = 0; run < RUNS; run++) {
      const output = join(WORK, `report-${path.replace(/\W+/g, '-')}-${run}.json`);
      // Asynchronously: the audit server runs in this process and must answer meanwhile.
      await promisify(execFile)(
        'npx',
        [
          '-y',
          LIGHTHOUSE,
          `${server.origin}${path}`,
          '--quiet',
          '--output=json',
          `--output-path=${output}`,
          '--only-categories=performance,accessibility,best-practices,seo',
          `--chrome-flags=--headless=new ${FLAGS.join(' ')}`,
        ],
        { cwd: WORK, env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 2 ** 20 },
      );
      const figures = lighthouseFigures(JSON.parse(readFileSync(output, 'utf8')));
      runs.push(figures);
      console.log(`${path} run ${run + 1}: performance ${figures.performance}, TBT ${figures.tbtMs.toFixed(0)} ms, main thread ${figures.mainThreadMs.toFixed(0)} ms, SEO ${figures.seo}`);
    }
    pages.set(path, medianFigures(runs));
    runLines.push(`- \`${path}\`: ${runs.map((run) => `${run.performance} (TBT ${run.tbtMs.toFixed(0)} ms)`).join(', ')}`);
  }
} finally {
  await server.close();
}

const report = `# Lighthouse audit

Written by \`npm run bench:lighthouse\` (scripts/bench/lighthouse.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${LIGHTHOUSE} through npx, its default mobile settings (simulated slow 4G, 4× CPU slowdown), Chromium at ${CHROMIUM} (headless, ${FLAGS.join(' ')}); the production build with SITE_URL=${SITE_URL}, served with gzip by the benchmark's static server. Medians of ${RUNS} runs per page. Load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end: Lighthouse simulates the phone from the durations it observes, so a busy machine lowers the score (compare runs from the same sitting).

${lighthouseTable(pages)}

Each run's performance score:
${runLines.join('\n')}
`;
if (!('no-write' in ARGS)) writeFileSync(join(ROOT, 'bench', 'lighthouse.md'), report);
console.log(`\n${report}`);
