import type { TimeWindow } from '../routes/view-state.ts';
import { ZOOM_STEP } from './timeline-keys.ts';
import { fitWindow, sameWindow, zoomWindow, type ZoomLimits } from './zoom-window.ts';

interface ZoomToolbarProps {
  readonly window: TimeWindow;
  readonly extent: TimeWindow;
  readonly limits: ZoomLimits;
  readonly onWindowChange: (window: TimeWindow) => void;
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
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        className="button button--icon"
        aria-label="Zoom out"
        title="Zoom out (−)"
        disabled={span >= limits.maxSpan}
        onClick={() => onWindowChange(zoomWindow(window, 1 / ZOOM_STEP, 0.5, limits))}
      >
        <span aria-hidden="true">−</span>
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
