import { useCallback, useMemo, useState } from 'react';
import { useReportFirstDraw } from '../../boot/first-draw.tsx';
import type { TimelineEvent } from '../../data/timeline-event.ts';
import { categoryColorFor } from '../../ui/category-color.ts';
import { useColorScheme } from '../../ui/use-color-scheme.ts';
import { useElementWidth } from '../../ui/use-element-width.ts';
import { useSelectedEvent } from '../../view-store/use-loaded-dataset.ts';
import { useLanes } from './use-lanes.ts';
import { usePageMode } from '../../view-store/use-view-store.ts';
import { CanvasLayer } from './canvas-layer.tsx';
import { AXIS_HEIGHT, LANE_LABEL_HEIGHT } from '../model/timeline-layout-options.ts';
import { TimelineAxis } from './timeline-axis.tsx';
import { TimelineMarks } from './timeline-marks.tsx';
import { TimelineTooltip } from './timeline-tooltip.tsx';
import { useKeyboardWalk, useMarkCursor } from './use-keyboard-walk.ts';
import { usePlotGestures } from './use-plot-gestures.ts';
import { useTimelineModel } from './use-timeline-model.ts';
import { useWindowControl } from './use-view-window.ts';
import { windowForRange, zoomWindow } from '../model/zoom-window.ts';
import { t } from '../../i18n/translate.ts';

export interface TimelineViewProps {
  /** The events the filters leave. */
  readonly events: readonly TimelineEvent[];
  /** A plain wheel over an embed scrolled the page instead of zooming: say how to zoom. */
  readonly onWheelHint: () => void;
}

/** A click on a density column zooms in this much around it. */
const COLUMN_ZOOM = 4;

/**
 * The interactive timeline: d3 computes (scale, ticks, lane layout), React renders SVG, or for
 * many events a canvas with the focusable mark as an SVG button over it (canvas-layer.tsx).
 * One tab stop leads into the marks (roving tabindex); arrow keys then walk events in time
 * order, bringing each into view. The window, the selection and the dataset's categories come
 * from the view store and the dataset query; wheel and drag move the window at frame rate.
 */
export function TimelineView({ events, onWheelHint }: TimelineViewProps) {
  // The lanes: the dataset's categories, or the largest of many and a folded lane (fold-lanes.ts).
  const categories = useLanes().lanes;
  // A link's id that no event has selects nothing here (the screen says so in a notice).
  const selectedId = useSelectedEvent()?.id;
  const control = useWindowControl();
  const [measureRef, width] = useElementWidth<HTMLDivElement>();
  const gestures = usePlotGestures<HTMLDivElement>(control, usePageMode() === 'embed', onWheelHint);
  const scheme = useColorScheme();
  const cursor = useMarkCursor(selectedId);
  const [hoveredId, setHoveredId] = useState<string | undefined>();
  // One stable ref for both hooks: an inline one would re-run every render, forcing a layout
  // (getBoundingClientRect) each frame of a zoom and leaving a ResizeObserver behind each time.
  const setGestureElement = gestures.ref;
  const plotRef = useCallback(
    (element: HTMLDivElement | null) => {
      const disconnect = (measureRef as (element: HTMLDivElement | null) => (() => void) | undefined)(element);
      setGestureElement(element);
      return () => {
        disconnect?.();
        setGestureElement(null);
      };
    },
    [measureRef, setGestureElement],
  );

  const themedCategories = useMemo(
    () => categories.map((category) => ({ ...category, color: categoryColorFor(category.color, scheme) })),
    [categories, scheme],
  );
  const model = useTimelineModel(events, themedCategories, width, [selectedId, cursor.activeId]);
  const { layout, window, compact, canvas } = model;
  const drawn = width > 0;
  const reportDrawn = useReportFirstDraw(drawn, canvas);

  // The tab stop: the active mark if drawn, else the first event in view, else the first mark.
  const isPlaced = (id: string | undefined) => !!id && layout.marks.some((mark) => mark.event.id === id);
  const tabStopId = isPlaced(cursor.activeId) ? cursor.activeId : isPlaced(model.defaultStopId) ? model.defaultStopId : layout.marks[0]?.event.id;
  const keys = useKeyboardWalk(events, cursor, tabStopId);

  const select = (id: string) => {
    cursor.setActiveId(id);
    control.select(id);
  };
  const zoomTo = (from: number, to: number) => control.set(windowForRange(from, to, control.limits));
  const zoomAround = (time: number) => control.set(zoomWindow(window, COLUMN_ZOOM, (time - window.from) / (window.to - window.from), control.limits));
  const hovered = hoveredId ? layout.marks.find((mark) => mark.event.id === hoveredId) : undefined;
  const height = layout.height + 4;
  const markProps = { categories: themedCategories, selectedId, tabStopId, markRefs: cursor.markRefs };

  return (
    <div
      ref={plotRef}
      className={`timeline-plot${compact ? ' timeline-plot--compact' : ''}${gestures.dragging ? ' is-dragging' : ''}`}
      data-render={drawn ? (canvas ? 'canvas' : 'svg') : undefined}
      onKeyDown={keys.onKeyDown}
      onFocus={keys.onFocus}
      onBlur={keys.onBlur}
    >
      {drawn && (
        <svg width={width} height={height} role={canvas ? undefined : 'group'} aria-label={canvas ? undefined : t('timeline.byCategory')} className="timeline-svg">
          <TimelineAxis lanes={layout.lanes} ticks={model.ticks} dayGrid={model.dayGrid} width={width} bottom={layout.height} axisHeight={AXIS_HEIGHT} labelHeight={LANE_LABEL_HEIGHT} />
          {!canvas && <TimelineMarks layout={layout} {...markProps} onSelect={select} onHover={setHoveredId} onZoomTo={zoomTo} />}
        </svg>
      )}
      {drawn && canvas && (
        <CanvasLayer
          layout={layout}
          width={width}
          height={height}
          scheme={scheme}
          radius={model.markRadius}
          labelFont={model.labelFont}
          hoveredId={hoveredId}
          dragging={gestures.dragging}
          {...markProps}
          onSelect={select}
          onHover={setHoveredId}
          onZoomTo={zoomTo}
          onZoomAround={zoomAround}
          onDrawn={reportDrawn}
        />
      )}
      {hovered && !gestures.dragging && <TimelineTooltip mark={hovered} width={width} />}
    </div>
  );
}
