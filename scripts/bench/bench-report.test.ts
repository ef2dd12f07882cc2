import { describe, expect, it } from 'vitest';
import { benchOptions } from './bench-options.ts';
import { resultsTable, stagesTable, summarize } from './bench-report.ts';

const run = (firstDrawMs: number, worker: number, done: number) => ({
  firstDrawMs,
  stages: { worker, connecting: worker + 100, reading: worker + 300, checking: worker + 500, done },
  elapsedMs: 5000,
});

describe('stagesTable', () => {
  it('reports the medians of each step of our load, and the render after it', () => {
    const summary = summarize({ tool: 'ours', size: 100_000, runs: [run(1700, 100, 1400), run(1600, 90, 1350), run(1800, 110, 1500)] });
    expect(summary.stages).toMatchObject({ worker: 100, connecting: 200, done: 1400 });
    const table = stagesTable([summary, { ...summarize({ tool: 'peer', size: 100_000, runs: [] }) }], 'ours');
    expect(table.split('\n')).toHaveLength(3);
    expect(table).toContain('| 100,000 | 100 ms | 200 ms | 1.40 s | 300 | 1.70 s |');
  });

  it('leaves out runs without a worker (the peers)', () => {
    const summary = summarize({ tool: 'ours', size: 1000, runs: [{ firstDrawMs: 400, elapsedMs: 1000 }] });
    expect(summary.stages).toBeUndefined();
    expect(stagesTable([summary], 'ours').split('\n')).toHaveLength(2);
  });
});

describe('resultsTable', () => {
  it('says when a run that stalled after drawing drew, and "did not finish" for one that never drew', () => {
    const stalled = summarize({ tool: 'peer', size: 100_000, runs: [{ firstDrawMs: 31_400, elapsedMs: 60_000, failure: 'gesture: over the time limit' }] });
    const never = summarize({ tool: 'other', size: 100_000, runs: [{ elapsedMs: 60_000, failure: 'first draw: over the time limit' }] });
    const table = resultsTable([stalled, never]);
    expect(table).toContain('| peer | 100,000 | 0 of 1 | 31.40 s, then did not finish the zoom and drag in 60 s | – |');
    expect(table).toContain('| other | 100,000 | 0 of 1 | > 60 s (did not finish) | – |');
  });
});

describe('benchOptions', () => {
  it('reads --name=value and bare --flag options, and nothing else', () => {
    const options = benchOptions(['node', '--sizes=1000,10000', '--no-peers', 'x', '--runs=5']);
    expect(options).toEqual({ sizes: '1000,10000', 'no-peers': undefined, runs: '5' });
    expect('no-peers' in options).toBe(true);
  });
});
