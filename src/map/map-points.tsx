import { useRef, useState, type KeyboardEvent } from 'react';
import type { Category } from '../data/timeline-event.ts';
import { markLabel } from '../timeline/model/mark-label.ts';
import { categoryColorFor } from '../ui/category-color.ts';
import { MarkShape, shapeForIndex } from '../ui/mark-shape.tsx';
import { useColorScheme } from '../ui/use-color-scheme.ts';
import type { MapPoint } from './map-model.ts';

interface MapPointsProps {
  /** In time order: the order ← → walk. */
  readonly points: readonly MapPoint[];
  readonly categories: readonly Category[];
  readonly selectedId?: string;
  readonly onSelect: (id: string) => void;
  readonly onHover: (point: MapPoint | undefined) => void;
}

const NEXT: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => Math.min(n - 1, i + 1),
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * The events as buttons named by date and title, one tab stop (roving tabindex) like the
 * timeline's marks: ← → move in time order, Enter or Space opens. Large hollow marks
 * (approximate places) are drawn first so the precise ones on top stay clickable.
 */
export function MapPoints({ points, categories, selectedId, onSelect, onHover }: MapPointsProps) {
  const scheme = useColorScheme();
  const refs = useRef(new Map<string, SVGGElement>());
  const [focusedId, setFocusedId] = useState<string>();
  const index = new Map(categories.map((category, i) => [category.id, i]));
  const colors = new Map(categories.map((category) => [category.id, categoryColorFor(category.color, scheme)]));
  const ids = points.map((point) => point.event.id);
  const stop = [focusedId, selectedId].find((id) => id !== undefined && ids.includes(id)) ?? ids[0];
  const painted = [...points].sort((a, b) => Number(b.approximate) - Number(a.approximate));

  const onKeyDown = (keyEvent: KeyboardEvent<SVGGElement>) => {
    const current = ids.indexOf(focusedId ?? '');
    if (current === -1) return;
    if (keyEvent.key === 'Enter' || keyEvent.key === ' ') {
      keyEvent.preventDefault();
      onSelect(ids[current]!);
      return;
    }
    const step = NEXT[keyEvent.key];
    if (!step) return;
    keyEvent.preventDefault();
    refs.current.get(ids[step(current, ids.length)]!)?.focus();
  };

  return (
    <g className="map-points" onKeyDown={onKeyDown}>
      {painted.map((point) => {
        const { event } = point;
        const selected = event.id === selectedId;
        const classes = ['map-mark', point.approximate && 'map-mark--approximate', selected && 'map-mark--selected'];
        return (
          <g
            key={event.id}
            ref={(element) => {
              if (element) refs.current.set(event.id, element);
              else refs.current.delete(event.id);
            }}
            className={classes.filter(Boolean).join(' ')}
            role="button"
            tabIndex={event.id === stop ? 0 : -1}
            aria-label={markLabel(event)}
            aria-pressed={selected}
            transform={`translate(${point.x},${point.y})`}
            style={{ color: colors.get(event.category) }}
            onClick={() => onSelect(event.id)}
            onFocus={() => setFocusedId(event.id)}
            onPointerEnter={() => onHover(point)}
            onPointerLeave={() => onHover(undefined)}
          >
            <circle className="map-mark__ring" r={point.radius + 4} />
            <circle className="map-mark__focus" r={point.radius + 7} />
            <MarkShape className="map-mark__shape" shape={shapeForIndex(index.get(event.category) ?? 0)} radius={point.radius} />
          </g>
        );
      })}
    </g>
  );
}
