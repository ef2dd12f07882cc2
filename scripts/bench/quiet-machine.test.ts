import { describe, expect, it } from 'vitest';
import { busyShare, parseCpuLine } from './quiet-machine.ts';

const STAT = 'cpu  100 0 50 800 50 0 0 0 0 0\ncpu0 50 0 25 400 25 0 0 0 0 0\nintr 123\n';

describe('parseCpuLine', () => {
  it('reads the all-cores line: idle and iowait count as idle', () => {
    expect(parseCpuLine(STAT)).toEqual({ idle: 850, total: 1000 });
  });

  it('is undefined for text without a cpu line', () => {
    expect(parseCpuLine('intr 1\n')).toBeUndefined();
    expect(parseCpuLine('cpu  a b c d e\n')).toBeUndefined();
  });
});

describe('busyShare', () => {
  it('is the share of ticks spent busy between two readings', () => {
    expect(busyShare({ idle: 850, total: 1000 }, { idle: 900, total: 1200 })).toBeCloseTo(0.75);
    expect(busyShare({ idle: 850, total: 1000 }, { idle: 1050, total: 1200 })).toBe(0);
  });

  it('is 0 when no time passed', () => {
    expect(busyShare({ idle: 1, total: 2 }, { idle: 1, total: 2 })).toBe(0);
  });
});
