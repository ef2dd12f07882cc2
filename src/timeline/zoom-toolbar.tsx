import type { TimeWindow } from '../routes/view-state.ts';
import { ZOOM_STEP } from './timeline-keys.ts';
import { fitWindow, sameWindow, zoomWindow, type ZoomLimits } from './zoom-window.ts';

interface ZoomToolbarProps {
  readonly window: TimeWindow;
  readonly extent: TimeWindow;
  readonly limits: ZoomLimits;
  readonly onWindowChange: (window: TimeWindow) => void;
}

/**
 * Drawn, not typed: the minus sign (U+2212) is missing from some system fonts, and looking for
 * another font that has it slowed the first frame on ours; the two also match this way.
 */
function ZoomIcon({ sign }: { sign: 'plus' | 'minus' }) {
  return (
    <svg className="button__icon" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d={sign === 'plus' ? 'M6 1v10M1 6h10' : 'M1 6h10'} stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" fill="none" />
    </svg>
  );
}

/** Buttons for those who do not pinch or scroll: zoom in, zoom out, show everything. */
export function ZoomToolbar({ window, extent, limits, onWindowChange }: ZoomToolbarProps) {
  const span = window.to - window.from;
  const all = fitWindow(extent);
  return (
    <div className="toolbar" role="toolbar" aria-label="Zoom">
      <button
        type="button"
        className="button button--icon"
        aria-label="Zoom in"
        title="Zoom in (+)"
        disabled={span <= limits.minSpan}
        onClick={() => onWindowChange(zoomWindow(window, ZOOM_STEP, 0.5, limits))}
      >
        <ZoomIcon sign="plus" />
      </button>
      <button
        type="button"
        className="button button--icon"
        aria-label="Zoom out"
        title="Zoom out (−)"
        disabled={span >= limits.maxSpan}
        onClick={() => onWindowChange(zoomWindow(window, 1 / ZOOM_STEP, 0.5, limits))}
      >
        <ZoomIcon sign="minus" />
      </button>
      <button
        type="button"
        className="button button--quiet"
        disabled={sameWindow(window, all)}
        onClick={() => onWindowChange(all)}
      >
        Show all
      </button>
    </div>
  );
}
