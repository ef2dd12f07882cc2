import { useMemo } from 'react';
import type { Category } from '../data/timeline-event.ts';
import { formatDayOf } from '../data/format-date.ts';
import { MarkShape, shapeForIndex } from '../ui/mark-shape.tsx';
import type { ClusterMark, PlacedMark, TimelineLayout } from './lane-layout.ts';
import { markLabel } from './mark-label.ts';

interface TimelineMarksProps {
  readonly layout: TimelineLayout;
  readonly categories: readonly Category[];
  readonly selectedId?: string;
  /** The one mark in the tab order (roving tabindex). */
  readonly tabStopId?: string;
  /** Filled with the drawn marks' elements, so the view can move keyboard focus. */
  readonly markRefs: Map<string, SVGGElement>;
  readonly onSelect: (id: string) => void;
  readonly onHover: (id: string | undefined) => void;
  readonly onZoomTo: (from: number, to: number) => void;
  readonly radius: number;
}

const SPAN_HEIGHT = 10;

function MarkBody({ mark, shapeIndex, radius }: { mark: PlacedMark; shapeIndex: number; radius: number }) {
  const y = mark.y;
  if (mark.kind === 'span') {
    return (
      <rect className="mark-span mark-shape" x={mark.x} y={y - SPAN_HEIGHT / 2} width={mark.width} height={SPAN_HEIGHT} rx={SPAN_HEIGHT / 2} />
    );
  }
  // An approximate or coarse date (a month, a year) shows the period it may fall in.
  const uncertain = mark.event.approximate || mark.event.date.precision === 'month' || mark.event.date.precision === 'year';
  const showWhisker = uncertain && mark.periodX1 - mark.periodX0 > radius * 2.5;
  return (
    <>
      {showWhisker && <line className="mark-whisker" x1={mark.periodX0} x2={mark.periodX1} y1={y} y2={y} />}
      <g transform={`translate(${mark.x},${y})`}>
        <MarkShape className="mark-shape" shape={shapeForIndex(shapeIndex)} radius={radius} />
      </g>
    </>
  );
}

function Cluster({ cluster, onZoomTo }: { cluster: ClusterMark; onZoomTo: TimelineMarksProps['onZoomTo'] }) {
  const count = cluster.eventIds.length;
  const range = formatDayOf(cluster.from);
  return (
    <g
      className="cluster"
      role="button"
      tabIndex={-1}
      aria-label={`${count} more event${count === 1 ? '' : 's'} near ${range}: zoom in to show them`}
      style={{ color: cluster.color }}
      transform={`translate(${cluster.x},${cluster.y})`}
      onClick={() => onZoomTo(cluster.from, cluster.to)}
    >
      <circle r={9} />
      <text textAnchor="middle" dy="0.35em">{`+${count}`}</text>
    </g>
  );
}

export function TimelineMarks(props: TimelineMarksProps) {
  const { layout, categories, selectedId, tabStopId, markRefs, onSelect, onHover, onZoomTo, radius } = props;
  const shapeIndex = useMemo(() => new Map(categories.map((category, index) => [category.id, index])), [categories]);
  return (
    <g className="marks">
      {layout.marks.map((mark) => {
        const { event } = mark;
        const selected = event.id === selectedId;
        const classes = ['mark', selected && 'mark--selected', event.approximate && 'mark--approximate'].filter(Boolean).join(' ');
        const ringX = mark.kind === 'span' ? mark.x + mark.width / 2 : mark.x;
        const ringRx = mark.kind === 'span' ? mark.width / 2 + 4 : radius + 4;
        return (
          <g
            key={event.id}
            ref={(element) => {
              if (element) markRefs.set(event.id, element);
              else markRefs.delete(event.id);
            }}
            className={classes}
            role="button"
            aria-label={markLabel(event)}
            aria-pressed={selected}
            tabIndex={event.id === tabStopId ? 0 : -1}
            style={{ color: mark.color }}
            onClick={() => onSelect(event.id)}
            onPointerEnter={() => onHover(event.id)}
            onPointerLeave={() => onHover(undefined)}
          >
            <ellipse className="selection-ring" cx={ringX} cy={mark.y} rx={ringRx} ry={radius + 4} />
            <ellipse className="focus-ring" cx={ringX} cy={mark.y} rx={ringRx + 3} ry={radius + 7} />
            <MarkBody mark={mark} shapeIndex={shapeIndex.get(event.category) ?? 0} radius={radius} />
          </g>
        );
      })}
      {layout.clusters.map((cluster) => (
        <Cluster key={cluster.key} cluster={cluster} onZoomTo={onZoomTo} />
      ))}
    </g>
  );
}
