import { frame, ms, ratio, type Summary } from './bench-report.ts';

/**
 * The dense profile's table in bench/results.md: our first draw beside the naive d3 canvas page
 * (the floor: fetch, parse, draw dots) and the ratio, and our frame p95 with input sent on a
 * clock (unacked), zooming and dragging, each against the goals (ratio ≤ 1.0, p95 ≤ 17 ms).
 */
export const DENSE_GOALS = { ratio: 1, frameMs: 17 } as const;

const mark = (value: number | undefined, limit: number) => (value === undefined ? '' : value <= limit ? ' ✓' : ' ✗');

export function denseTable(summaries: readonly Summary[], ours: string, naive: string): string {
  const dense = summaries.filter((s) => s.profile === 'dense' && s.finished > 0);
  const sizes = [...new Set(summaries.filter((s) => s.profile === 'dense').map((s) => s.size))].sort((a, b) => a - b);
  const rows = sizes.map((size) => {
    const a = dense.find((s) => s.tool === ours && s.size === size);
    const b = dense.find((s) => s.tool === naive && s.size === size);
    const quotient = a?.firstDrawMs !== undefined && b?.firstDrawMs !== undefined ? a.firstDrawMs / b.firstDrawMs : undefined;
    return [
      size.toLocaleString('en-GB'),
      a ? ms(a.firstDrawMs) : 'did not finish',
      b ? ms(b.firstDrawMs) : 'not measured',
      `${ratio(a?.firstDrawMs, b?.firstDrawMs)}${mark(quotient, DENSE_GOALS.ratio)}`,
      `${frame(a?.zoomP95Ms)}${mark(a?.zoomP95Ms, DENSE_GOALS.frameMs)}`,
      `${frame(a?.dragP95Ms)}${mark(a?.dragP95Ms, DENSE_GOALS.frameMs)}`,
    ];
  });
  return [
    '| Events | Our first draw | Naive d3 canvas page | Ratio (goal ≤ 1.00×) | Frame p95 zooming, unacked wheel (≤ 17 ms) | Frame p95 dragging, unacked (≤ 17 ms) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n');
}
