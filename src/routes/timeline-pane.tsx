import { useEffect, useState, type HTMLAttributes } from 'react';
import type { Category, Series, TimelineEvent } from '../data/timeline-event.ts';
import { AfterFirstDraw } from '../timeline/after-first-draw.tsx';
import type { FirstDrawFlag } from '../timeline/first-draw-flag.ts';
import { OverviewStrip } from '../timeline/overview-strip.tsx';
import { TimelineRegion } from '../timeline/timeline-region.tsx';
import { TimelineView, type TimelineViewProps } from '../timeline/timeline-view.tsx';
import { ZoomToolbar } from '../timeline/zoom-toolbar.tsx';
import type { ZoomLimits } from '../timeline/zoom-window.ts';
import { CategoryLegend, type CategoryLegendProps } from '../ui/category-legend.tsx';
import type { TimeWindow } from './view-state.ts';

export interface TimelinePaneProps {
  /** The tab panel's attributes where the timeline is one of the screen's tabs (phones). */
  readonly panel: HTMLAttributes<HTMLDivElement>;
  readonly firstDraw: FirstDrawFlag;
  /** The events the filters leave. */
  readonly events: readonly TimelineEvent[];
  readonly categories: readonly Category[];
  readonly legend: Pick<CategoryLegendProps, 'counts' | 'hidden' | 'onToggle'>;
  readonly window: TimeWindow;
  readonly extent: TimeWindow;
  readonly limits: ZoomLimits;
  readonly series: Series | undefined;
  readonly selectedId: string | undefined;
  /** In an embed the wheel zooms only with Ctrl or ⌘, so the host page still scrolls. */
  readonly embed: boolean;
  readonly onWindowChange: (window: TimeWindow) => void;
  readonly onSelect: TimelineViewProps['onSelect'];
}

/**
 * The timeline region of the screen: legend and zoom buttons, the timeline, the overview strip
 * under it, and the keyboard hint. The region is busy until the timeline's first frame.
 */
export function TimelinePane(props: TimelinePaneProps) {
  const { firstDraw, events, categories, window, limits, embed, onWindowChange } = props;
  // Shown for a moment when a plain wheel over an embed scrolls the page instead of zooming.
  const [wheelHint, setWheelHint] = useState(false);
  useEffect(() => {
    if (!wheelHint) return;
    const timer = globalThis.setTimeout(() => setWheelHint(false), 2000);
    return () => globalThis.clearTimeout(timer);
  }, [wheelHint]);

  return (
    // Focusable by script only: the skip link's landing place while the timeline has no marks.
    <div className="explore-panel" tabIndex={-1} {...props.panel}>
      <TimelineRegion firstDraw={firstDraw}>
        <div className="timeline-toolbar">
          <CategoryLegend categories={categories} {...props.legend} />
          <ZoomToolbar window={window} limits={limits} extent={props.extent} onWindowChange={onWindowChange} />
        </div>
        {wheelHint && <p className="wheel-hint" role="status">Hold Ctrl (or ⌘) and scroll to zoom the timeline</p>}
        <TimelineView
          events={events}
          categories={categories}
          window={window}
          limits={limits}
          selectedId={props.selectedId}
          onWindowChange={onWindowChange}
          onSelect={props.onSelect}
          onFirstDraw={firstDraw.raise}
          wheelNeedsModifier={embed}
          onWheelHint={() => setWheelHint(true)}
        />
        <OverviewStrip
          extent={props.extent}
          window={window}
          events={events}
          firstDraw={firstDraw}
          categories={categories}
          series={props.series}
          limits={limits}
          onWindowChange={onWindowChange}
        />
        {/* Below the fold, and its arrows send the browser looking for a font that has them. */}
        <AfterFirstDraw flag={firstDraw}>
          <p className="keyboard-hint">
            Tab into the timeline, then use ← → to move between events, Enter to open one, + − to zoom and Shift + ← → to pan.
            {!embed && ' Anywhere: / to search, [ ] for the previous or next event, Home and End for the first or last.'}
          </p>
        </AfterFirstDraw>
      </TimelineRegion>
    </div>
  );
}
