/**
 * The Lighthouse audit's figures (scripts/bench/lighthouse.ts): read from each run's JSON report
 * (the LHR), the median over runs per page, and the table in bench/lighthouse.md with the goals
 * of issue 17 (performance ≥ 98, total blocking time ≤ 150 ms, SEO 100 with SITE_URL,
 * accessibility and best practices 100).
 */
export interface LighthouseFigures {
  readonly performance: number;
  readonly tbtMs: number;
  readonly mainThreadMs: number;
  readonly unusedJsKiB: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly seo: number;
  /** The ids of the audits that cost points outside performance (say why SEO is not 100). */
  readonly failing: readonly string[];
}

interface Lhr {
  readonly categories: Record<string, { readonly score: number | null; readonly auditRefs: readonly { id: string; weight: number }[] }>;
  readonly audits: Record<string, { readonly score: number | null; readonly numericValue?: number; readonly details?: { overallSavingsBytes?: number } }>;
}

const score = (lhr: Lhr, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);

export function lighthouseFigures(lhr: Lhr): LighthouseFigures {
  const failing = ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id),
  );
  return {
    performance: score(lhr, 'performance'),
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
    mainThreadMs: lhr.audits['mainthread-work-breakdown']?.numericValue ?? Number.NaN,
    unusedJsKiB: (lhr.audits['unused-javascript']?.details?.overallSavingsBytes ?? 0) / 1024,
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    seo: score(lhr, 'seo'),
    failing,
  };
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Each figure's median over runs; the failing audits of any run. */
export function medianFigures(runs: readonly LighthouseFigures[]): LighthouseFigures {
  const of = (key: Exclude<keyof LighthouseFigures, 'failing'>) => median(runs.map((run) => run[key]));
  return {
    performance: of('performance'),
    tbtMs: of('tbtMs'),
    mainThreadMs: of('mainThreadMs'),
    unusedJsKiB: of('unusedJsKiB'),
    accessibility: of('accessibility'),
    bestPractices: of('bestPractices'),
    seo: of('seo'),
    failing: [...new Set(runs.flatMap((run) => run.failing))],
  };
}

const GOALS: readonly [label: string, show: (f: LighthouseFigures) => string, goal: string, met?: (f: LighthouseFigures) => boolean][] = [
  ['performance score', (f) => `${f.performance}`, '≥ 98', (f) => f.performance >= 98],
  ['total blocking time', (f) => `${f.tbtMs.toFixed(0)} ms`, '≤ 150 ms', (f) => f.tbtMs <= 150],
  ['main-thread work', (f) => `${(f.mainThreadMs / 1000).toFixed(2)} s`, '–'],
  ['unused JavaScript', (f) => `${f.unusedJsKiB.toFixed(0)} KiB`, '–'],
  ['accessibility', (f) => `${f.accessibility}`, '100', (f) => f.accessibility === 100],
  ['best practices', (f) => `${f.bestPractices}`, '100', (f) => f.bestPractices === 100],
  ['SEO', (f) => `${f.seo}`, '100', (f) => f.seo === 100],
];

/** One column per page: `pages` maps a path to its median figures. */
export function lighthouseTable(pages: ReadonlyMap<string, LighthouseFigures>): string {
  const paths = [...pages.keys()];
  const rows = GOALS.map(([label, show, goal, met]) => {
    const cells = paths.map((path) => {
      const figures = pages.get(path)!;
      return `${show(figures)}${met ? (met(figures) ? ' ✓' : ' ✗') : ''}`;
    });
    return `| ${label} | ${cells.join(' | ')} | ${goal} |`;
  });
  const failing = paths.flatMap((path) => (pages.get(path)!.failing.length ? [`- \`${path}\`: audits short of full marks: ${pages.get(path)!.failing.join(', ')}`] : []));
  return [
    `| measure | ${paths.map((path) => `\`${path}\``).join(' | ')} | goal |`,
    `| --- | ${paths.map(() => '---:').join(' | ')} | ---: |`,
    ...rows,
    ...(failing.length ? ['', ...failing] : []),
  ].join('\n');
}
