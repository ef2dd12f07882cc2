import { lazy, Suspense, useEffect, useMemo, useState, type HTMLAttributes } from 'react';
import { CLAIM_STATUSES } from '../data/claim-status.ts';
import { FoldedCategories } from '../explore/folded-categories.tsx';
import { useExplore } from '../explore/use-explore.ts';
import { useLanes } from '../timeline/view/use-lanes.ts';
import { AfterFirstDraw } from '../boot/first-draw.tsx';
import { OverviewStrip } from '../timeline/view/overview-strip.tsx';
import { TimelineRegion } from '../timeline/view/timeline-region.tsx';
import { TimelineView } from '../timeline/view/timeline-view.tsx';
import { ZoomToolbar } from '../timeline/view/zoom-toolbar.tsx';
import { CategoryLegend } from '../ui/category-legend.tsx';
import { useLoadedDataset } from '../view-store/use-loaded-dataset.ts';
import { usePageMode } from '../view-store/use-view-store.ts';
import { t } from '../i18n/translate.ts';
import { useLaterMessages } from '../i18n/use-later-messages.ts';

const StatusLegend = lazy(() => import('../ui/status-legend.tsx').then((module) => ({ default: module.StatusLegend })));

export interface TimelinePaneProps {
  /** The tab panel's attributes where the timeline is one of the screen's tabs (phones). */
  readonly panel: HTMLAttributes<HTMLDivElement>;
  /** Whether the screen's keys (/ [ ] Home End) work here, for the hint to name them (not in embeds, nor /make's preview). */
  readonly screenKeys?: boolean;
}

/**
 * The timeline region of the screen: legend and zoom buttons, the timeline, the overview strip
 * under it, and the keyboard hint. The region is busy until the timeline's first frame. The
 * parts read the window and the selection from the view store; the pane gives them the events
 * the filters leave.
 */
export function TimelinePane({ panel, screenKeys = true }: TimelinePaneProps) {
  const { lanes, folded } = useLanes();
  const { events } = useLoadedDataset().dataset;
  // The statuses the dataset uses, for their key and filter.
  const statuses = useMemo(() => CLAIM_STATUSES.filter((status) => events.some((event) => event.status === status)), [events]);
  // The legend's buttons: the lanes' own categories (the folded lane's are in the menu after it).
  const legend = folded.length ? lanes.slice(0, -1) : lanes;
  const explore = useExplore();
  const embed = usePageMode() === 'embed';
  // Shown for a moment when a plain wheel over an embed scrolls the page instead of zooming.
  const [wheelHint, setWheelHint] = useState(false);
  useEffect(() => {
    if (!wheelHint) return;
    const timer = globalThis.setTimeout(() => setWheelHint(false), 2000);
    return () => globalThis.clearTimeout(timer);
  }, [wheelHint]);

  return (
    // Focusable by script only: the skip link's landing place while the timeline has no marks.
    <div className="explore-panel" tabIndex={-1} {...panel}>
      <TimelineRegion>
        <div className="timeline-toolbar">
          <div className="legend-group">
            <CategoryLegend categories={legend} counts={explore.categoryCounts} hidden={explore.hidden} onToggle={explore.toggleCategory} />
            <FoldedCategories folded={folded} counts={explore.categoryCounts} hidden={explore.hidden} onToggle={explore.toggleCategory} />
          </div>
          <ZoomToolbar />
        </div>
        {wheelHint && <p className="wheel-hint" role="status">
            {t('timeline.wheelHint')}
          </p>}
        <TimelineView events={explore.shown} onWheelHint={() => setWheelHint(true)} />
        <OverviewStrip events={explore.shown} />
        {/* Below the fold, and its arrows send the browser looking for a font that has them. The
            claim-status key sits under the plot, as a chart's key (the marks stay a few Tab presses
            from the search), in a chunk of its own asked for after the first draw. */}
        <AfterFirstDraw>
          {statuses.length > 0 && (
            <Suspense fallback={null}>
              <StatusLegend statuses={statuses} counts={explore.statusCounts} hidden={explore.hiddenStatuses} onToggle={explore.toggleStatus} />
            </Suspense>
          )}
          <KeyboardHint screenKeys={!embed && screenKeys} />
        </AfterFirstDraw>
      </TimelineRegion>
    </div>
  );
}

/** The keyboard hint, in words from the later messages (asked for here, after the first draw). */
function KeyboardHint({ screenKeys }: { readonly screenKeys: boolean }) {
  const ready = useLaterMessages();
  if (!ready) return null;
  return (
    <p className="keyboard-hint">
      {t('timeline.keyboardHint')}
      {screenKeys && t('timeline.keyboardHintPage')}
    </p>
  );
}
