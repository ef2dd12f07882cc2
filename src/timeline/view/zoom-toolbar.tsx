import { ZOOM_STEP } from '../model/timeline-keys.ts';
import { usePageWindow, useWindowControl } from './use-view-window.ts';
import { sameWindow, zoomWindow } from '../model/zoom-window.ts';
import { t } from '../../i18n/translate.ts';

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

/**
 * Buttons for those who do not pinch or scroll: zoom in, zoom out, show everything. They zoom
 * the window drawn at the click, and are enabled by the window the page has settled on.
 */
export function ZoomToolbar() {
  const window = usePageWindow();
  const { limits, fit: all, now, set } = useWindowControl();
  const span = window.to - window.from;
  return (
    <div className="toolbar" role="toolbar" aria-label={t('zoom.toolbar')}>
      <button
        type="button"
        className="button button--icon"
        aria-label={t('zoom.in')}
        title={t('zoom.inTitle')}
        disabled={span <= limits.minSpan}
        onClick={() => set(zoomWindow(now(), ZOOM_STEP, 0.5, limits))}
      >
        <ZoomIcon sign="plus" />
      </button>
      <button
        type="button"
        className="button button--icon"
        aria-label={t('zoom.out')}
        title={t('zoom.outTitle')}
        disabled={span >= limits.maxSpan}
        onClick={() => set(zoomWindow(now(), 1 / ZOOM_STEP, 0.5, limits))}
      >
        <ZoomIcon sign="minus" />
      </button>
      <button
        type="button"
        className="button button--quiet"
        disabled={sameWindow(window, all)}
        onClick={() => set(all)}
      >
        {t('zoom.showAll')}
      </button>
    </div>
  );
}
