import { readFileSync } from 'node:fs';

/**
 * Waits until the machine is quiet before a benchmark run: the browser of the last run has
 * exited and nothing else keeps the cores busy. On our 2-core machines a run that starts while
 * the last browser is still tearing down (or a neighbour is busy) measured up to half as slow
 * again; every tool gets the same wait. Linux only (/proc/stat); elsewhere a fixed pause.
 */
export interface QuietOptions {
  /** Busy share of all cores, over one sample, below which the machine counts as quiet. */
  readonly maxBusy?: number;
  readonly sampleMs?: number;
  /** Gives up after this long: a machine that is never quiet still gets measured. */
  readonly timeoutMs?: number;
}

interface CpuTimes {
  readonly idle: number;
  readonly total: number;
}

/** The "cpu" line of /proc/stat: user nice system idle iowait irq softirq steal … (in ticks). */
export function parseCpuLine(stat: string): CpuTimes | undefined {
  const line = stat.split('\n').find((row) => row.startsWith('cpu '));
  if (!line) return undefined;
  const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
  if (ticks.length < 5 || ticks.some((tick) => !Number.isFinite(tick))) return undefined;
  return { idle: ticks[3]! + ticks[4]!, total: ticks.reduce((sum, tick) => sum + tick, 0) };
}

/** The busy share between two readings (0 when nothing was counted). */
export function busyShare(before: CpuTimes, after: CpuTimes): number {
  const total = after.total - before.total;
  return total > 0 ? 1 - (after.idle - before.idle) / total : 0;
}

function readCpu(): CpuTimes | undefined {
  try {
    return parseCpuLine(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Resolves with how long it waited, in ms. */
export async function waitForQuietMachine({ maxBusy = 0.15, sampleMs = 250, timeoutMs = 10_000 }: QuietOptions = {}): Promise<number> {
  const started = Date.now();
  let before = readCpu();
  if (!before) {
    await sleep(1000);
    return Date.now() - started;
  }
  while (Date.now() - started < timeoutMs) {
    await sleep(sampleMs);
    const after = readCpu()!;
    if (busyShare(before, after) <= maxBusy) break;
    before = after;
  }
  return Date.now() - started;
}
