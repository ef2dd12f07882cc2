import type { BenchProfile } from '../../bench/generate-dataset.ts';
import type { RunResult } from './bench-measure.ts';
import { STAGES } from './first-draw.ts';

/**
 * Turns benchmark runs into bench/results.md: medians per tool and size, ours ÷ theirs, and
 * our budgets. A case whose every run failed is reported as "did not finish".
 */
export interface CaseResult {
  /** The dataset's profile (spread when not given). */
  readonly profile?: BenchProfile;
  readonly tool: string;
  readonly size: number;
  readonly runs: readonly RunResult[];
}

export interface Summary {
  readonly profile: BenchProfile;
  readonly tool: string;
  readonly size: number;
  readonly runs: number;
  readonly finished: number;
  readonly firstDrawMs?: number;
  readonly frameMedianMs?: number;
  readonly frameP95Ms?: number;
  /** Unacked input (see wheel-input.ts): frame p95 while zooming, and while dragging. */
  readonly zoomP95Ms?: number;
  readonly dragP95Ms?: number;
  readonly heapMB?: number;
  readonly heapAfterGcMB?: number;
  readonly stages?: Readonly<Record<string, number | undefined>>;
  readonly failure?: string;
  /** When no run finished: the first draw of those that drew before stalling. */
  readonly unfinishedFirstDrawMs?: number;
}

const median = (values: readonly (number | undefined)[]) => {
  const known = values.filter((value): value is number => value !== undefined && Number.isFinite(value)).sort((a, b) => a - b);
  return known.length === 0 ? undefined : known.length % 2 ? known[(known.length - 1) / 2] : (known[known.length / 2 - 1]! + known[known.length / 2]!) / 2;
};

export function summarize({ profile = 'spread', tool, size, runs }: CaseResult): Summary {
  const done = runs.filter((run) => !run.failure);
  return {
    profile,
    tool,
    size,
    runs: runs.length,
    finished: done.length,
    firstDrawMs: median(done.map((run) => run.firstDrawMs)),
    frameMedianMs: median(done.map((run) => run.frameMedianMs)),
    frameP95Ms: median(done.map((run) => run.frameP95Ms)),
    zoomP95Ms: median(done.map((run) => run.zoomP95Ms)),
    dragP95Ms: median(done.map((run) => run.dragP95Ms)),
    heapMB: median(done.map((run) => run.heapMB)),
    heapAfterGcMB: median(done.map((run) => run.heapAfterGcMB)),
    stages: done.some((run) => run.stages) ? Object.fromEntries(STAGES.map((stage) => [stage, median(done.map((run) => run.stages?.[stage]))])) : undefined,
    failure: runs.find((run) => run.failure)?.failure,
    unfinishedFirstDrawMs: done.length === 0 ? median(runs.map((run) => run.firstDrawMs)) : undefined,
  };
}

const DNF = '> 60 s (did not finish)';
export const ms = (value?: number) => (value === undefined ? '–' : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`);
export const frame = (value?: number) => (value === undefined ? '–' : `${value.toFixed(1)} ms`);
const mb = (value?: number) => (value === undefined ? '–' : `${value.toFixed(0)} MB`);
export const ratio = (ours?: number, theirs?: number) => (ours === undefined || theirs === undefined ? 'n/a' : `${(ours / theirs).toFixed(2)}×`);

export function resultsTable(summaries: readonly Summary[]): string {
  const rows = summaries.map((s) => {
    const runs = s.finished === s.runs ? `${s.runs}` : `${s.finished} of ${s.runs}`;
    if (s.finished === 0) {
      const firstDraw = s.unfinishedFirstDrawMs === undefined ? DNF : `${ms(s.unfinishedFirstDrawMs)}, then did not finish the zoom and drag in 60 s`;
      return `| ${s.tool} | ${s.size.toLocaleString('en-GB')} | ${runs} | ${firstDraw} | – | – | – | – |`;
    }
    return `| ${s.tool} | ${s.size.toLocaleString('en-GB')} | ${runs} | ${ms(s.firstDrawMs)} | ${frame(s.frameMedianMs)} | ${frame(s.frameP95Ms)} | ${mb(s.heapMB)} | ${mb(s.heapAfterGcMB)} |`;
  });
  return [
    '| Tool | Events | Runs | First draw | Frame interval, median | Frame interval, p95 | JS heap after sequence | JS heap after GC |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

export function ratioTable(summaries: readonly Summary[], ours: string, peers: readonly string[]): string {
  const find = (tool: string, size: number) => summaries.find((s) => s.tool === tool && s.size === size && s.finished > 0);
  const sizes = [...new Set(summaries.map((s) => s.size))];
  const rows = sizes.flatMap((size) =>
    peers.map((peer) => {
      const a = find(ours, size);
      const b = find(peer, size);
      if (!b) return `| ${size.toLocaleString('en-GB')} | ${peer} | peer did not finish | | |`;
      return `| ${size.toLocaleString('en-GB')} | ${peer} | ${ratio(a?.firstDrawMs, b.firstDrawMs)} | ${ratio(a?.frameP95Ms, b.frameP95Ms)} | ${ratio(a?.heapMB, b.heapMB)} |`;
    }),
  );
  return ['| Events | Peer | First draw | Frame p95 | JS heap |', '| ---: | --- | ---: | ---: | ---: |', ...rows].join('\n');
}

export interface Budget {
  readonly label: string;
  readonly limit: number;
  readonly measured?: number;
  readonly unit: 'ms' | 'MB' | 'kB';
}

export function budgetTable(budgets: readonly Budget[]): string {
  // Frame budgets sit next to a 16.7 ms frame: they need the decimal.
  const show = (value: number | undefined, unit: Budget['unit']) =>
    value === undefined ? '–' : unit === 'ms' ? (value < 100 ? frame(value) : ms(value)) : `${value.toFixed(unit === 'kB' ? 1 : 0)} ${unit}`;
  const rows = budgets.map((b) => `| ${b.label} | ${show(b.limit, b.unit)} | ${show(b.measured, b.unit)} | ${b.measured === undefined ? '–' : b.measured <= b.limit ? 'met' : '**missed**'} |`);
  return ['| Budget | Limit | Measured (median) | |', '| --- | ---: | ---: | --- |', ...rows].join('\n');
}

/** Ours: when each step of the load happened (medians, ms after navigation) and the first draw. */
export function stagesTable(summaries: readonly Summary[], ours: string): string {
  const rows = summaries
    .filter((s) => s.tool === ours && s.stages)
    .map((s) => {
      const at = (stage: string) => s.stages?.[stage];
      const span = (from?: number, to?: number) => (from === undefined || to === undefined ? '–' : `${(to - from).toFixed(0)}`);
      return `| ${s.size.toLocaleString('en-GB')} | ${ms(at('worker'))} | ${ms(at('connecting'))} | ${ms(at('done'))} | ${span(at('done'), s.firstDrawMs)} | ${ms(s.firstDrawMs)} |`;
    });
  return [
    '| Events | Worker made | Its first message read | Events received | Render to first frame | First draw |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}
