import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { scaleUtc } from 'd3-scale';
import type { Category, TimelineEvent } from '../data/timeline-event.ts';
import type { TimeWindow } from '../routes/view-state.ts';
import { categoryColorFor } from '../ui/category-color.ts';
import { useColorScheme } from '../ui/use-color-scheme.ts';
import { useElementWidth } from '../ui/use-element-width.ts';
import { computeAxisTicks, computeDayGrid } from './axis-ticks.ts';
import { layoutTimeline } from './lane-layout.ts';
import { TimelineMarks } from './timeline-marks.tsx';
import { TimelineTooltip } from './timeline-tooltip.tsx';
import { timelineKeyAction } from './timeline-keys.ts';
import { usePlotGestures } from './use-plot-gestures.ts';
import { panWindow, revealInWindow, windowForRange, zoomWindow, type ZoomLimits } from './zoom-window.ts';

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

const AXIS_HEIGHT = 30;
const LANE_LABEL_HEIGHT = 13;
const PHONE_WIDTH = 640;

/**
 * The interactive timeline: d3 computes (scale, ticks, lane layout), React renders SVG.
 * One tab stop leads into the marks (roving tabindex); arrow keys then walk events in time
 * order, bringing each into view.
 */
export function TimelineView(props: TimelineViewProps) {
  const { events, categories, window, limits, selectedId, onWindowChange, onSelect } = props;
  const [measureRef, width] = useElementWidth<HTMLDivElement>();
  const gestures = usePlotGestures<HTMLDivElement>({
    window,
    limits,
    onWindowChange,
    wheelNeedsModifier: props.wheelNeedsModifier,
    onWheelHint: props.onWheelHint,
  });
  const scheme = useColorScheme();
  const [activeId, setActiveId] = useState<string | undefined>(selectedId);
  const [hoveredId, setHoveredId] = useState<string | undefined>();
  const keyboardFocus = useRef(false);
  const markRefs = useRef(new Map<string, SVGGElement>());

  const compact = width > 0 && width < PHONE_WIDTH;
  const markRadius = compact ? 5.5 : 6.5;
  const themedCategories = useMemo(
    () => categories.map((category) => ({ ...category, color: categoryColorFor(category.color, scheme) })),
    [categories, scheme],
  );
  const scale = useMemo(
    () => scaleUtc().domain([window.from, window.to]).range([0, Math.max(width, 1)]),
    [window.from, window.to, width],
  );
  const pinned = useMemo(() => [selectedId, activeId].filter((id): id is string => !!id), [selectedId, activeId]);
  const layout = useMemo(
    () =>
      layoutTimeline(events, themedCategories, scale, {
        width,
        top: AXIS_HEIGHT,
        rowHeight: compact ? 15 : 17,
        rowsPerLane: compact ? 2 : 3,
        lanePadding: 5,
        labelHeight: LANE_LABEL_HEIGHT,
        markRadius,
        pinned,
      }),
    [events, themedCategories, scale, width, compact, markRadius, pinned],
  );
  const ticks = useMemo(() => computeAxisTicks(scale, compact ? 70 : 90), [scale, compact]);
  const dayGrid = useMemo(() => computeDayGrid(scale), [scale]);

  const { onFirstDraw } = props;
  const drawn = width > 0;
  useEffect(() => {
    if (!drawn) return;
    const frame = requestAnimationFrame(() => onFirstDraw());
    return () => cancelAnimationFrame(frame);
  }, [drawn, onFirstDraw]);

  // Follow the selection (Previous/Next, deep links) with the keyboard cursor.
  useEffect(() => {
    if (selectedId) setActiveId(selectedId);
  }, [selectedId]);

  // The tab stop: the active mark if drawn, else the first drawn mark.
  const tabStopId = layout.marks.some((mark) => mark.event.id === activeId) ? activeId : layout.marks[0]?.event.id;

  useEffect(() => {
    if (keyboardFocus.current && activeId) markRefs.current.get(activeId)?.focus({ preventScroll: true });
  }, [activeId, layout]);

  const moveTo = (event: TimelineEvent) => {
    setActiveId(event.id);
    const next = revealInWindow(window, event.start, event.stop, limits);
    if (next !== window) onWindowChange(next);
  };

  const onKeyDown = (keyEvent: KeyboardEvent<HTMLDivElement>) => {
    const action = timelineKeyAction(keyEvent);
    if (!action) return;
    keyEvent.preventDefault();
    keyboardFocus.current = true;
    const index = events.findIndex((event) => event.id === (activeId ?? tabStopId));
    switch (action.type) {
      case 'step': {
        const target = index === -1 ? events[0] : events[Math.min(Math.max(index + action.by, 0), events.length - 1)];
        if (target) moveTo(target);
        break;
      }
      case 'edge': {
        const target = action.edge === 'first' ? events[0] : events.at(-1);
        if (target) moveTo(target);
        break;
      }
      case 'zoom':
        onWindowChange(zoomWindow(window, action.factor, 0.5, limits));
        break;
      case 'pan':
        onWindowChange(panWindow(window, action.by, limits));
        break;
      case 'select':
        if (index !== -1) onSelect(events[index]!.id, window);
        break;
      case 'clear':
        onSelect(undefined, window);
        break;
    }
  };

  const hovered = hoveredId ? layout.marks.find((mark) => mark.event.id === hoveredId) : undefined;
  const height = layout.height + 4;

  return (
    <div
      ref={(element) => {
        measureRef(element);
        gestures.ref(element);
      }}
      className={`timeline-plot${gestures.dragging ? ' is-dragging' : ''}`}
      onKeyDown={onKeyDown}
      onFocus={() => (keyboardFocus.current = true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) keyboardFocus.current = false;
      }}
    >
      {drawn && (
        <svg width={width} height={height} role="group" aria-label="Events by category" className="timeline-svg">
          {layout.lanes.map((lane, index) => (
            <rect key={lane.category.id} className={`lane-band${index % 2 ? ' lane-band--odd' : ''}`} x={0} y={lane.y} width={width} height={lane.height} />
          ))}
          <g aria-hidden="true">
            {dayGrid.map((x) => (
              <line key={x} className="grid-line" x1={x} x2={x} y1={AXIS_HEIGHT} y2={layout.height} />
            ))}
            {ticks.map((tick) => (
              <g key={tick.key} className={`axis-tick${tick.major ? ' axis-tick--major' : ''}`} transform={`translate(${tick.x},0)`}>
                <line y1={AXIS_HEIGHT - 8} y2={layout.height} />
                <text x={4} y={AXIS_HEIGHT - 12}>{tick.label}</text>
              </g>
            ))}
            {layout.lanes.map((lane) => (
              <text key={lane.category.id} className="lane-label" x={6} y={lane.y + LANE_LABEL_HEIGHT}>
                {lane.category.label}
              </text>
            ))}
          </g>
          <TimelineMarks
            layout={layout}
            categories={themedCategories}
            selectedId={selectedId}
            tabStopId={tabStopId}
            markRefs={markRefs.current}
            radius={markRadius}
            onSelect={(id) => {
              setActiveId(id);
              onSelect(id, window);
            }}
            onHover={setHoveredId}
            onZoomTo={(from, to) => onWindowChange(windowForRange(from, to, limits))}
          />
        </svg>
      )}
      {hovered && !gestures.dragging && <TimelineTooltip mark={hovered} width={width} />}
    </div>
  );
}
