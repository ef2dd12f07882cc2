import { laneIndexById } from '../model/fold-lanes.ts';
import { DISPUTED_DOT } from '../model/mark-style.ts';
import { useMemo, useRef } from 'react';
import type { Category, TimelineEvent } from '../../data/timeline-event.ts';
import { formatDayOf } from '../../data/format-date.ts';
import { MarkShape, shapeForIndex } from '../../ui/mark-shape.tsx';
import type { ClusterMark, PlacedMark, TimelineLayout } from '../model/lane-layout.ts';
import type { PlacedLabel } from '../model/layout-types.ts';
import { markLabel } from '../model/mark-label.ts';
import { CLUSTER_RADIUS, SPAN_HEIGHT } from '../model/timeline-layout-options.ts';
import { isRightToLeft, tn } from '../../i18n/translate.ts';
import { isRightToLeftText, labelAnchor } from '../model/mirror-layout.ts';

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
}


// Labels are formatted once per event, not on every frame that moves its mark.
const labels = new WeakMap<TimelineEvent, string>();
function labelOf(event: TimelineEvent): string {
  let label = labels.get(event);
  if (label === undefined) labels.set(event, (label = markLabel(event)));
  return label;
}

/** The mark drawn around its own origin: the group around it is translated to (x, y). */
function MarkBody({ mark, shapeIndex }: { mark: PlacedMark; shapeIndex: number }) {
  const { radius } = mark;
  if (mark.kind === 'span') {
    return <rect className="mark-span mark-shape" x={0} y={-SPAN_HEIGHT / 2} width={mark.width} height={SPAN_HEIGHT} rx={SPAN_HEIGHT / 2} />;
  }
  // An approximate or coarse date (a month, a year) shows the period it may fall in.
  const uncertain = mark.event.approximate || mark.event.date.precision === 'month' || mark.event.date.precision === 'year';
  const showWhisker = uncertain && mark.periodX1 - mark.periodX0 > radius * 2.5;
  return (
    <>
      {showWhisker && <line className="mark-whisker" x1={mark.periodX0 - mark.x} x2={mark.periodX1 - mark.x} y1={0} y2={0} />}
      <MarkShape className="mark-shape" shape={shapeForIndex(shapeIndex)} radius={radius} />
      {mark.event.status === 'disputed' && (
        <circle className="mark-disputed" cx={radius * DISPUTED_DOT.offset} cy={-radius * DISPUTED_DOT.offset} r={DISPUTED_DOT.radius} />
      )}
    </>
  );
}

/**
 * A mark's label, inside the mark's button so that pointing at the words does what pointing at
 * the mark does. Hidden from screen readers: the button's name already says date and title.
 */
function MarkText({ label, originX, className }: { label: PlacedLabel | undefined; originX: number; className: string }) {
  if (!label) return null;
  const rtlText = isRightToLeftText(label.text);
  const anchor = labelAnchor(label, isRightToLeft(), rtlText);
  return (
    // A label before its mark is anchored at the mark's side, so it ends next to the mark
    // whatever the font's real widths are.
    <text
      className={label.side === 'inside' ? `${className} mark-label--inside` : className}
      x={anchor.x - originX}
      textAnchor={anchor.anchorEnd ? 'end' : undefined}
      direction={rtlText ? 'rtl' : 'ltr'}
      dy="0.35em"
      aria-hidden="true"
    >
      {label.text}
    </text>
  );
}

function Cluster({ cluster, label, onZoomTo }: { cluster: ClusterMark; label?: PlacedLabel; onZoomTo: TimelineMarksProps['onZoomTo'] }) {
  const count = cluster.eventIds.length;
  const range = formatDayOf(cluster.from);
  return (
    <g
      className="cluster"
      role="button"
      tabIndex={-1}
      aria-label={tn('cluster.label', count, { range })}
      style={{ color: cluster.color }}
      transform={`translate(${cluster.x},${cluster.y})`}
      onClick={() => onZoomTo(cluster.from, cluster.to)}
    >
      <circle r={CLUSTER_RADIUS} />
      <text className="cluster__count" textAnchor="middle" dy="0.35em">{`+${count}`}</text>
      <MarkText label={label} originX={cluster.x} className="mark-label mark-label--cluster" />
    </g>
  );
}

export function TimelineMarks(props: TimelineMarksProps) {
  const { layout, categories, selectedId, tabStopId, markRefs, onSelect, onHover, onZoomTo } = props;
  const shapeIndex = useMemo(() => laneIndexById(categories), [categories]);
  const labels = useMemo(() => new Map(layout.labels.map((label) => [label.key, label])), [layout.labels]);
  // One ref callback per event for the component's life: a new one each render would make React
  // detach and re-attach every mark's ref on every frame of a zoom.
  const refCallbacks = useRef(new Map<string, (element: SVGGElement | null) => void>());
  // Forget events long gone from view, so a long session does not keep one callback per event.
  if (refCallbacks.current.size > 4 * layout.marks.length + 200) {
    const kept = new Set(layout.marks.map((mark) => mark.event.id));
    for (const id of refCallbacks.current.keys()) if (!kept.has(id)) refCallbacks.current.delete(id);
  }
  const refFor = (id: string) => {
    let callback = refCallbacks.current.get(id);
    if (!callback) {
      callback = (element) => {
        if (element) markRefs.set(id, element);
        else markRefs.delete(id);
      };
      refCallbacks.current.set(id, callback);
    }
    return callback;
  };
  return (
    <g className="marks">
      {layout.marks.map((mark) => {
        const { event } = mark;
        const selected = event.id === selectedId;
        const classes = ['mark', selected && 'mark--selected', event.approximate && 'mark--approximate', event.key && 'mark--key', event.status && `mark--${event.status}`].filter(Boolean).join(' ');
        // Everything inside is relative to the mark, so a pan changes one attribute per mark.
        const { radius } = mark;
        const ringX = mark.kind === 'span' ? mark.width / 2 : 0;
        const ringRx = mark.kind === 'span' ? mark.width / 2 + 4 : radius + 4;
        return (
          <g
            key={event.id}
            ref={refFor(event.id)}
            className={classes}
            role="button"
            aria-label={labelOf(event)}
            aria-pressed={selected}
            tabIndex={event.id === tabStopId ? 0 : -1}
            style={{ color: mark.color }}
            transform={`translate(${mark.x},${mark.y})`}
            onClick={() => onSelect(event.id)}
            onPointerEnter={() => onHover(event.id)}
            onPointerLeave={() => onHover(undefined)}
          >
            <ellipse className="selection-ring" cx={ringX} cy={0} rx={ringRx} ry={radius + 4} />
            <ellipse className="focus-ring" cx={ringX} cy={0} rx={ringRx + 3} ry={radius + 7} />
            <MarkBody mark={mark} shapeIndex={shapeIndex.get(event.category) ?? 0} />
            <MarkText label={labels.get(event.id)} originX={mark.x} className="mark-label" />
          </g>
        );
      })}
      {layout.clusters.map((cluster) => (
        <Cluster key={cluster.key} cluster={cluster} label={labels.get(cluster.key)} onZoomTo={onZoomTo} />
      ))}
    </g>
  );
}
