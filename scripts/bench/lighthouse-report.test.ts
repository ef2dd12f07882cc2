import { describe, expect, it } from 'vitest';
import { lighthouseFigures, lighthouseTable, medianFigures } from './lighthouse-report.ts';

const lhr = (performance: number, tbt: number, seo: number, canonicalScore = 1) => ({
  categories: {
    performance: { score: performance, auditRefs: [{ id: 'total-blocking-time', weight: 30 }] },
    accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
    'best-practices': { score: 1, auditRefs: [] },
    seo: { score: seo, auditRefs: [{ id: 'canonical', weight: 1 }, { id: 'structured-data', weight: 0 }] },
  },
  audits: {
    'total-blocking-time': { score: 0.8, numericValue: tbt },
    'mainthread-work-breakdown': { score: 0.5, numericValue: 2300.4 },
    'unused-javascript': { score: 0, details: { overallSavingsBytes: 63 * 1024 } },
    'color-contrast': { score: 1 },
    canonical: { score: canonicalScore },
    'structured-data': { score: null },
  },
});

describe('lighthouseFigures', () => {
  it('reads the scores out of 100, the times, the unused JavaScript in KiB and the audits that cost points', () => {
    expect(lighthouseFigures(lhr(0.894, 405.2, 0.91, 0))).toEqual({
      performance: 89,
      tbtMs: 405.2,
      mainThreadMs: 2300.4,
      unusedJsKiB: 63,
      accessibility: 100,
      bestPractices: 100,
      seo: 91,
      failing: ['canonical'],
    });
  });
});

describe('the Lighthouse table', () => {
  it('gives each page the median of its runs, against the goals', () => {
    const home = medianFigures([lhr(0.9, 400, 1), lhr(0.99, 120, 1), lhr(0.98, 140, 1)].map(lighthouseFigures));
    expect(home.performance).toBe(98);
    expect(home.tbtMs).toBe(140);
    const event = medianFigures([lighthouseFigures(lhr(0.89, 410, 0.91, 0))]);
    const table = lighthouseTable(new Map([['/', home], ['/events/x/', event]]));
    expect(table).toContain('| performance score | 98 ✓ | 89 ✗ | ≥ 98 |');
    expect(table).toContain('| total blocking time | 140 ms ✓ | 410 ms ✗ | ≤ 150 ms |');
    expect(table).toContain('| SEO | 100 ✓ | 91 ✗ | 100 |');
    expect(table).toContain('- `/events/x/`: audits short of full marks: canonical');
    expect(table).not.toContain('- `/`:');
  });
});
