import { describe, expect, it } from 'vitest';
import { benchProfiles, datasetFile } from './bench-options.ts';
import { peerIds } from './bench-peers.ts';
import { summarize } from './bench-report.ts';
import { denseTable } from './dense-report.ts';
import { wheelMode } from './wheel-input.ts';

const run = (firstDrawMs: number, zoomP95Ms?: number, dragP95Ms?: number) => ({ firstDrawMs, zoomP95Ms, dragP95Ms, elapsedMs: 4000 });

describe('denseTable', () => {
  it('puts our first draw beside the naive page with the ratio, and our unacked frame p95s, each against its goal', () => {
    const summaries = [
      summarize({ profile: 'dense', tool: 'ours', size: 1000, runs: [run(300, 16.6, 33.3), run(320, 16.7, 16.7), run(280, 16.8, 16.6)] }),
      summarize({ profile: 'dense', tool: 'naive', size: 1000, runs: [run(400), run(380), run(420)] }),
      summarize({ profile: 'dense', tool: 'ours', size: 100_000, runs: [run(2400, 50, 33.4)] }),
      summarize({ profile: 'dense', tool: 'naive', size: 100_000, runs: [run(1600)] }),
      // A spread case of the same size is not a dense row.
      summarize({ tool: 'ours', size: 1000, runs: [run(9999, 99, 99)] }),
    ];
    const lines = denseTable(summaries, 'ours', 'naive').split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe('| 1,000 | 300 ms | 400 ms | 0.75× ✓ | 16.7 ms ✓ | 16.7 ms ✓ |');
    expect(lines[3]).toBe('| 100,000 | 2.40 s | 1.60 s | 1.50× ✗ | 50.0 ms ✗ | 33.4 ms ✗ |');
  });

  it('says when ours did not finish or the naive page was not measured', () => {
    const summaries = [
      summarize({ profile: 'dense', tool: 'ours', size: 10_000, runs: [{ elapsedMs: 60_000, failure: 'first draw: over the time limit' }] }),
    ];
    expect(denseTable(summaries, 'ours', 'naive')).toContain('| 10,000 | did not finish | not measured | n/a |');
  });
});

describe('the benchmark options', () => {
  it('runs both profiles by default, in order, and refuses an unknown one', () => {
    expect(benchProfiles(undefined)).toEqual(['spread', 'dense']);
    expect(benchProfiles('dense')).toEqual(['dense']);
    expect(benchProfiles('dense,spread')).toEqual(['spread', 'dense']);
    expect(() => benchProfiles('sparse')).toThrow(/--profile/);
  });

  it('keeps the spread files where bench:ab has always read them, and names the dense ones apart', () => {
    expect(datasetFile(1000)).toBe('1000.json');
    expect(datasetFile(1000, 'dense')).toBe('dense-1000.json');
  });

  it('picks peers by id, falls back to the profile default, and refuses an unknown one', () => {
    expect(peerIds(undefined, ['naive'])).toEqual(['naive']);
    expect(peerIds('naive,vis', [])).toEqual(['vis', 'naive']);
    expect(() => peerIds('d3', [])).toThrow(/unknown peer d3/);
  });

  it('knows the wheel modes', () => {
    expect(wheelMode(undefined)).toBe('both');
    expect(wheelMode('unacked')).toBe('unacked');
    expect(() => wheelMode('fast')).toThrow(/--wheel/);
  });
});
