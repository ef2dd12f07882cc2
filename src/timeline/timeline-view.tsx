import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Category, TimelineEvent } from '../data/timeline-event.ts';
import type { TimeWindow } from '../routes/view-state.ts';
import { categoryColorFor } from '../ui/category-color.ts';
import { useColorScheme } from '../ui/use-color-scheme.ts';
import { useElementWidth } from '../ui/use-element-width.ts';
import { CanvasLayer } from './canvas-layer.tsx';
import { TimelineAxis } from './timeline-axis.tsx';
import { TimelineMarks } from './timeline-marks.tsx';
import { TimelineTooltip } from './timeline-tooltip.tsx';
import { useFastWindow } from './use-fast-window.ts';
import { useFirstDraw } from './use-first-draw.ts';
import { useKeyboardWalk } from './use-keyboard-walk.ts';
import { usePlotGestures } from './use-plot-gestures.ts';
import { AXIS_HEIGHT, LABEL_FONT_SIZE, LANE_LABEL_HEIGHT, markRadiusFor } from './timeline-layout-options.ts';
import { useTimelineModel } from './use-timeline-model.ts';
import { windowForRange, zoomWindow, type ZoomLimits } from './zoom-window.ts';

export interface TimelineViewProps {
  readonly events: readonly TimelineEvent[];
  readonly categories: readonly Category[];
  readonly window: TimeWindow;
  readonly limits: ZoomLimits;
  readonly selectedId?: string;
  readonly onWindowChange: (window: TimeWindow) => void;
  readonly onSelect: (id: string | undefined, window?: TimeWindow) => void;
  readonly onFirstDraw: () => void;
  readonly wheelNeedsModifier: boolean;
  readonly onWheelHint?: () => void;
}

const PHONE_WIDTH = 640;

/** A click on a density column zooms in this much around it. */
const COLUMN_ZOOM = 4;

/**
 * The interactive timeline: d3 computes (scale, ticks, lane layout), React renders SVG, or for
 * many events a canvas with the focusable mark as an SVG button over it (canvas-layer.tsx).
 * One tab stop leads into the marks (roving tabindex); arrow keys then walk events in time
 * order, bringing each into view.
 */
export function TimelineView(props: TimelineViewProps) {
  const { events, categories, limits, selectedId, onSelect } = props;
  // Wheel and drag draw at frame rate here and reach the page when they pause; keys and clicks at once.
  const { window, change: onGestureChange, set: onWindowChange } = useFastWindow(props.window, props.onWindowChange);
  const [measureRef, width] = useElementWidth<HTMLDivElement>();
  const gestures = usePlotGestures<HTMLDivElement>({
    window,
    limits,
    onWindowChange: onGestureChange,
    wheelNeedsModifier: props.wheelNeedsModifier,
    onWheelHint: props.onWheelHint,
  });
  const scheme = useColorScheme();
  const [activeId, setActiveId] = useState<string | undefined>(selectedId);
  const [hoveredId, setHoveredId] = useState<string | undefined>();
  const markRefs = useRef(new Map<string, SVGGElement>());
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

  const compact = width > 0 && width < PHONE_WIDTH;
  const markRadius = markRadiusFor(compact);
  const themedCategories = useMemo(
    () => categories.map((category) => ({ ...category, color: categoryColorFor(category.color, scheme) })),
    [categories, scheme],
  );
  const model = useTimelineModel({ events, categories: themedCategories, window, settledWindow: props.window, width, compact, markRadius, selectedId, activeId });
  const { layout } = model;
  const drawn = width > 0;
  const canvas = model.canvas;
  const reportDrawn = useFirstDraw(props.onFirstDraw, drawn, canvas);

  // Follow the selection (Previous/Next, deep links) with the keyboard cursor.
  useEffect(() => {
    if (selectedId) setActiveId(selectedId);
  }, [selectedId]);

  // The tab stop: the active mark if drawn, else the first event in view, else the first mark.
  const isPlaced = (id: string | undefined) => !!id && layout.marks.some((mark) => mark.event.id === id);
  const tabStopId = isPlaced(activeId) ? activeId : isPlaced(model.defaultStopId) ? model.defaultStopId : layout.marks[0]?.event.id;

  const keys = useKeyboardWalk({ events, window, limits, activeId, tabStopId, layout, markRefs: markRefs.current, setActiveId, onWindowChange, onSelect });

  const select = (id: string) => {
    setActiveId(id);
    onSelect(id, window);
  };
  const zoomTo = (from: number, to: number) => onWindowChange(windowForRange(from, to, limits));
  const zoomAround = (time: number) => onWindowChange(zoomWindow(window, COLUMN_ZOOM, (time - window.from) / (window.to - window.from), limits));
  const hovered = hoveredId ? layout.marks.find((mark) => mark.event.id === hoveredId) : undefined;
  const height = layout.height + 4;
  const markProps = { categories: themedCategories, selectedId, tabStopId, markRefs: markRefs.current };

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
        <svg width={width} height={height} role={canvas ? undefined : 'group'} aria-label={canvas ? undefined : 'Events by category'} className="timeline-svg">
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
          radius={markRadius}
          labelFont={compact ? LABEL_FONT_SIZE.compact : LABEL_FONT_SIZE.wide}
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
