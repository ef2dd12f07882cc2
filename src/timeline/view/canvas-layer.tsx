import { laneIndexById } from '../model/fold-lanes.ts';
import { useMemo, useRef, useState, type MouseEvent } from 'react';
import type { Category } from '../../data/timeline-event.ts';
import type { ColorScheme } from '../../ui/category-color.ts';
import { CanvasMarks } from './canvas-marks.tsx';
import { CountTooltip } from './count-tooltip.tsx';
import { createHitIndex, hitTest, type Hit, type HitIndex } from '../model/hit-test.ts';
import type { PlacedMark, TimelineLayout } from '../model/lane-layout.ts';
import { TimelineMarks } from './timeline-marks.tsx';
import { CLUSTER_RADIUS, labelLineHeight, SPAN_HEIGHT } from '../model/timeline-layout-options.ts';
import { t } from '../../i18n/translate.ts';

interface CanvasLayerProps {
  readonly layout: TimelineLayout;
  readonly categories: readonly Category[];
  readonly width: number;
  readonly height: number;
  readonly radius: number;
  readonly labelFont: number;
  readonly scheme: ColorScheme;
  readonly selectedId?: string;
  readonly tabStopId?: string;
  readonly hoveredId?: string;
  readonly dragging: boolean;
  readonly markRefs: Map<string, SVGGElement>;
  readonly onSelect: (id: string) => void;
  readonly onHover: (id: string | undefined) => void;
  readonly onZoomTo: (from: number, to: number) => void;
  readonly onZoomAround: (time: number) => void;
  readonly onDrawn: () => void;
}

const TOUCH_SLOP = 9;

/**
 * Canvas mode of the timeline: every mark, cluster and density column painted on a canvas from
 * the layout, hit-tested with a spatial index for hover and click; plus, as real SVG buttons
 * over it, the marks keyboard and screen-reader users need: the tab stop (roving tabindex,
 * accessible name "date: title") and the selected event.
 */
export function CanvasLayer(props: CanvasLayerProps) {
  const { layout, categories, width, height, radius, selectedId, tabStopId, onSelect, onHover } = props;
  const [hit, setHit] = useState<{ target: Hit; x: number; y: number; layout: TimelineLayout } | undefined>();
  const shapeIndex = useMemo(() => laneIndexById(categories), [categories]);
  // Built on the first pointer query after a change, not every frame of a zoom nobody hovers.
  const hitCache = useRef<{ layout: TimelineLayout; index: HitIndex } | null>(null);
  const hitIndex = () => {
    if (hitCache.current?.layout !== layout) {
      const options = { markRadius: radius, clusterRadius: CLUSTER_RADIUS, spanHeight: SPAN_HEIGHT, slop: 3, labelHeight: labelLineHeight(props.labelFont) };
      hitCache.current = { layout, index: createHitIndex(layout, options) };
    }
    return hitCache.current.index;
  };
  const overlay = useMemo(() => {
    const marks: PlacedMark[] = layout.marks.filter((mark) => mark.event.id === tabStopId || mark.event.id === selectedId);
    const labels = layout.labels.filter((label) => label.target === 'mark' && (label.key === tabStopId || label.key === selectedId));
    return { lanes: [], marks, clusters: [], bins: [], labels, height: layout.height };
  }, [layout, tabStopId, selectedId]);
  const skip = useMemo(() => new Set(overlay.marks.map((mark) => mark.event.id)), [overlay]);

  const locate = (event: MouseEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    // A tap is less precise than a mouse: the SVG marks widen their hit area the same way.
    const touch = (event.nativeEvent as Partial<PointerEvent>).pointerType === 'touch';
    return { target: hitTest(hitIndex(), x, y, touch ? TOUCH_SLOP : undefined), x, y };
  };
  const onPointerMove = (event: MouseEvent<HTMLCanvasElement>) => {
    const found = locate(event);
    const id = found.target?.type === 'mark' ? found.target.mark.event.id : undefined;
    if (id !== props.hoveredId) onHover(id);
    setHit(found.target && found.target.type !== 'mark' ? { ...found, target: found.target, layout } : undefined);
  };

  // A count from an earlier layout (the view has zoomed under a still pointer) is not shown.
  const counted = hit && hit.layout === layout && !props.dragging ? (hit.target.type === 'cluster' ? hit.target.cluster : hit.target.type === 'bin' ? hit.target.bin : undefined) : undefined;
  return (
    <>
      <CanvasMarks
        layout={layout}
        width={width}
        height={height}
        radius={radius}
        labelFont={props.labelFont}
        scheme={props.scheme}
        shapeIndex={shapeIndex}
        skip={skip}
        hoveredId={props.hoveredId}
        selectedId={selectedId}
        pointer={!!props.hoveredId || !!hit}
        onDrawn={props.onDrawn}
        onPointerMove={onPointerMove}
        onPointerLeave={() => {
          setHit(undefined);
          onHover(undefined);
        }}
        onClick={(event) => {
          const { target } = locate(event);
          if (target?.type === 'mark') onSelect(target.mark.event.id);
          else if (target?.type === 'cluster') props.onZoomTo(target.cluster.from, target.cluster.to);
          else if (target?.type === 'bin') props.onZoomAround((target.bin.from + target.bin.to) / 2);
          // A click opens what the tooltip shows, even if the view moved a pixel under the pointer.
          else if (props.hoveredId) onSelect(props.hoveredId);
        }}
      />
      <svg width={width} height={height} role="group" aria-label={t('timeline.byCategory')} className="timeline-overlay" style={{ position: 'absolute', left: 0, top: 0, pointerEvents: 'none' }}>
        {/* The buttons take the pointer where they are painted; elsewhere it reaches the canvas. */}
        <g style={{ pointerEvents: 'visiblePainted' }}>
          <TimelineMarks
            layout={overlay}
            categories={categories}
            selectedId={selectedId}
            tabStopId={tabStopId}
            markRefs={props.markRefs}
            onSelect={onSelect}
            onHover={onHover}
            onZoomTo={props.onZoomTo}
          />
        </g>
      </svg>
      {counted && <CountTooltip count={'count' in counted ? counted.count : counted.eventIds.length} from={counted.from} to={counted.to} x={hit!.x} y={hit!.y} width={width} />}
    </>
  );
}
