import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import type { InitialFile } from '../cli/check-bundle-size.ts';
import { budgetTable, ratioTable, resultsTable, stagesTable, summarize, type CaseResult, type Summary } from './bench-report.ts';
import { denseTable } from './dense-report.ts';
import type { WheelMode } from './wheel-input.ts';

/** bench/results.md: where and how it was measured, then the tables (bench-report.ts). */
export interface ResultsInput {
  readonly cases: readonly CaseResult[];
  readonly ours: string;
  /** The peers of the spread profile (the ratio table). */
  readonly peers: readonly string[];
  /** The naive d3 canvas page's name: the dense profile's floor. */
  readonly naive: string;
  readonly wheel: WheelMode;
  readonly sizes: readonly number[];
  readonly runs: number;
  readonly peerRuns: number;
  readonly minutes: number;
  readonly loadAtStart: number;
  readonly chromiumVersion: string;
  readonly flags: readonly string[];
  /** Pages opened as soon as the browser started (--cold), not once it had settled. */
  readonly cold: boolean;
  readonly peerVersions: Readonly<Record<string, string>>;
  /** Bytes of each generated file, by its name (datasetFile). */
  readonly datasetBytes: ReadonlyMap<string, number>;
  readonly initial: readonly InitialFile[];
  readonly peerJsKB: Readonly<Record<string, number>>;
}

const count = (size: number) => size.toLocaleString('en-GB');

/** The dense profile's section: the table against the naive page, then every figure. */
function denseSection(summaries: readonly Summary[], input: ResultsInput): string {
  const dense = summaries.filter((s) => s.profile === 'dense');
  if (dense.length === 0) return '';
  return `
## Dense data: 120 days with bursts

The same sizes over 120 days (\`generateDataset({ profile: 'dense' })\`, bench/dense-days.ts): a busy stretch and burst days, hundreds of events a day at 100,000. Ours beside the naive d3 canvas page (bench/peers/naive-canvas.html: fetch, parse, one dot per event on a canvas with a d3 time scale; no checks, no app), the floor for our first draw. Frames with unacked input: 30 wheel notches in, one every 16 ms without waiting for each to be handled (as a physical wheel sends them), a 25-step drag the same way, 30 notches out; each phase's \`requestAnimationFrame\` intervals from its first input to 100 ms after its last, the view left to settle between phases.

${denseTable(summaries, input.ours, input.naive)}

${resultsTable(dense)}

${stagesTable(dense, input.ours)}
`;
}

export function resultsDocument(input: ResultsInput): string {
  const all = input.cases.map(summarize);
  const summaries = all.filter((s) => s.profile === 'spread');
  const ours = (size: number) => summaries.find((s) => s.tool === input.ours && s.size === size);
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const initialKB = input.initial.reduce((sum, file) => sum + file.gzip, 0) / 1000;
  const budgets = [
    ...input.sizes.map((size) => ({ label: `${count(size)} events: first draw`, limit: size >= 100_000 ? 1500 : size >= 10_000 ? 500 : 300, measured: ours(size)?.firstDrawMs, unit: 'ms' as const })),
    ...input.sizes.filter((size) => size >= 10_000).map((size) => ({ label: `${count(size)} events: frame interval p95`, limit: 17, measured: ours(size)?.frameP95Ms, unit: 'ms' as const })),
    ...input.sizes.filter((size) => size >= 100_000).flatMap((size) => [
      { label: `${count(size)} events: JS heap after the sequence (garbage included)`, limit: 150, measured: ours(size)?.heapMB, unit: 'MB' as const },
      { label: `${count(size)} events: JS heap retained (after a GC)`, limit: 150, measured: ours(size)?.heapAfterGcMB, unit: 'MB' as const },
    ]),
    { label: 'Initial JavaScript (gzip)', limit: 150, measured: initialKB, unit: 'kB' as const },
  ];
  return `# Benchmark results

Written by \`npm run bench\` (scripts/bench/bench.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, in ${input.minutes.toFixed(1)} minutes.

- **Machine**: ${cpu}, ${execSync('nproc').toString().trim()} cores (nproc), ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory; load average ${input.loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end.
- **Browser**: Chromium ${input.chromiumVersion}, headless, ${input.flags.join(' ')}; viewport 1280×800. **Node** ${process.version}.
- **Peers**: ${Object.entries(input.peerVersions).map(([name, version]) => `${name} ${version}`).join(', ') || 'not measured (--no-peers)'}.
- **Data**: bench/generate-dataset.ts, seed 1, from 2019-01-01: five years (spread) and 120 days with bursts (dense); ${[...input.datasetBytes].map(([file, bytes]) => `${file} ${(bytes / 1e6).toFixed(1)} MB`).join(', ')} (our format; vis-timeline and TimelineJS get the same events converted to their own).
- **Input**: ${input.wheel === 'both' ? 'the acked sequence, then the unacked one' : `the ${input.wheel} sequence only`} (\`--wheel\`).
- **App**: production build (vite build, NODE_ENV=production), served with the datasets by a small Node static server on localhost; loaded with \`?data=/bench-data/<n>.json\`.

How each run measures (a fresh browser per run, started once the machine is quiet: under 15% busy over 250 ms, so the last run's browser has exited; ${input.cold ? 'the page opened as soon as the browser had started (--cold), so the browser\'s own start-up ran beside it' : 'the page opened once the machine was quiet again, so the browser\'s own start-up does not run beside it'}; medians over runs):

- **First draw**: navigation start → the timeline root's \`aria-busy\` turns "false" (ours: after the first frame with data is drawn; vis-timeline: its first \`changed\` event; TimelineJS: its \`loaded\` event), recorded by a MutationObserver installed before any page script, which reports it to the benchmark through a Playwright binding: nothing polls the page while it loads.
- **Frames**: \`requestAnimationFrame\` intervals while the same inputs are sent, one every ~16 ms: 10 wheel steps in, a 300 px drag, 10 wheel steps out, over the plot (TimelineJS: over its time navigator, where the wheel scrolls rather than zooms).
- **JS heap**: the page's heap after the sequence (CDP Runtime.getHeapUsage), then after a forced GC.
- A case that does not finish within 60 s (load and sequence) is "did not finish"; when its page drew before it stalled, the table gives that first draw too. Peers get ${input.peerRuns} runs, or 1 when a run takes over 20 s or fails; ours get ${input.runs}.

## Results${summaries.length ? '' : '\n\nThe spread profile was not run (--profile).'}

${resultsTable(summaries)}

## Ours ÷ theirs (below 1 is better for ours)

${ratioTable(summaries, input.ours, input.peers)}

## Where our first draw goes

Medians, in ms since navigation, from the page's timestamps of the dataset worker's messages (scripts/bench/first-draw.ts, STAGES): a script in the page's head makes the worker, which fetches, parses and checks the file (a big one record by record as it arrives) while the app's bundle downloads and compiles, and hands the events over in columns; the page then renders. The page reads a message only when its main thread is free, so during start-up (compiling the bundle) the times say when the page could listen, not when the worker spoke.

${stagesTable(summaries, input.ours)}

## Our budgets

${budgetTable(budgets)}

${denseSection(all, input)}
## JavaScript size (gzip)

- ${input.ours}: ${initialKB.toFixed(1)} kB initial JavaScript (what index.html loads: ${input.initial.map((file) => file.path).join(', ')}); the whole app, not only a timeline.
${Object.entries(input.peerJsKB).map(([name, kb]) => `- ${name}: ${kb.toFixed(1)} kB (its standalone script; the library alone)`).join('\n')}
`;
}
