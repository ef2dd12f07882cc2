import type { ClaimStatus } from '../data/claim-status.ts';

const SIZE = 14;
const RADIUS = 5;

/**
 * A claim status as the timeline draws it: a circle in the text colour with the mark's own
 * classes (timeline-marks.css), so the key can never drift from the marks.
 */
export function StatusSwatch({ status }: { readonly status: ClaimStatus }) {
  return (
    <svg
      className="legend-swatch status-swatch"
      width={SIZE}
      height={SIZE}
      viewBox={`${-SIZE / 2} ${-SIZE / 2} ${SIZE} ${SIZE}`}
      aria-hidden="true"
      focusable="false"
    >
      <g className={`mark--${status}`}>
        <circle className="mark-shape" r={RADIUS} />
        {status === 'disputed' && <circle className="mark-disputed" cx={RADIUS * 0.9} cy={-RADIUS * 0.9} r={2.25} />}
      </g>
    </svg>
  );
}
