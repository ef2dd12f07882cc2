import './event-map.css';
import { useMemo, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { Category, TimelineEvent } from '../data/timeline-event.ts';
import { formatEventDate } from '../data/format-date.ts';
import { markLabel } from '../timeline/model/mark-label.ts';
import { useElementWidth } from '../ui/use-element-width.ts';
import { countryShapes } from './map-countries.ts';
import { countryName } from './country-names.ts';
import { computeMapModel, type MapPoint } from './map-model.ts';
import { MapPoints } from './map-points.tsx';
import { activeLanguage, t, tn } from '../i18n/translate.ts';

export interface EventMapProps {
  /** The events to place (already filtered by the screen). */
  readonly events: readonly TimelineEvent[];
  readonly categories: readonly Category[];
  readonly selectedId?: string;
  readonly onSelect: (id: string) => void;
}

// Natural Earth 1:110m countries, bundled into this lazily loaded chunk: no tile server, no
// request to anyone else, so the map works offline and tells no third party what is read.
const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name?: string }> }>;
const COUNTRIES = feature(topology, topology.objects.countries);

const TOOLTIP_WIDTH = 240;

function frameHeight(width: number): number {
  return Math.round(Math.min(520, Math.max(240, width * 0.62)));
}

function MapTooltip({ point, width }: { point: MapPoint; width: number }) {
  const { event } = point;
  const left = Math.min(Math.max(point.x + 12, 4), Math.max(width - TOOLTIP_WIDTH - 4, 4));
  const place = event.place ? `${event.place.name}${point.approximate ? t('panel.approximatePlace') : ''}` : '';
  return (
    <div className="timeline-tooltip event-map__tooltip" style={{ left, top: point.y + 14 }} aria-hidden="true">
      <div className="timeline-tooltip__date">{formatEventDate(event.date, event.end, event.approximate)}</div>
      <div className="timeline-tooltip__title" dir="auto">
        {event.title}
      </div>
      {place && <div className="event-map__tooltip-place">{place}</div>}
    </div>
  );
}

/**
 * A locator map of the events: where things happened, at a glance, in step with the timeline.
 * Points are coloured and shaped by category; places known only to an area or region are
 * larger hollow marks; events far from the rest are listed under the map rather than framed.
 */
export function EventMap({ events, categories, selectedId, onSelect }: EventMapProps) {
  const [measureRef, width] = useElementWidth<HTMLDivElement>();
  const height = frameHeight(width);
  const model = useMemo(() => computeMapModel(events, Math.max(width, 1), height), [events, width, height]);
  const shapes = useMemo(() => countryShapes(COUNTRIES, model.projection, model.width, model.height), [model]);
  const [hovered, setHovered] = useState<MapPoint>();
  const onMap = model.points.length;
  const legs = model.points.filter((point) => point.x !== point.anchorX || point.y !== point.anchorY);

  return (
    <figure className="event-map" aria-label={tn('map.label', onMap)}>
      <div className="event-map__frame" ref={measureRef} style={{ minHeight: height }}>
        {width > 0 && (
          <svg width={width} height={height}>
            <rect className="event-map__sea" width={width} height={height} />
            <g aria-hidden="true">
              {shapes.map((shape) => (
                <path key={shape.key} className="event-map__country" d={shape.d} />
              ))}
              {shapes.map(
                (shape) =>
                  shape.label && (
                    <text key={shape.key} className="event-map__label" x={shape.label.x} y={shape.label.y} textAnchor="middle">
                      {countryName(shape.key, shape.name, activeLanguage())}
                    </text>
                  ),
              )}
              {legs.map((point) => (
                <line key={point.event.id} className="event-map__leg" x1={point.anchorX} y1={point.anchorY} x2={point.x} y2={point.y} />
              ))}
            </g>
            <MapPoints points={model.points} categories={categories} selectedId={selectedId} onSelect={onSelect} onHover={setHovered} />
          </svg>
        )}
        {hovered && <MapTooltip point={hovered} width={width} />}
      </div>
      <figcaption className="event-map__caption">
        {model.elsewhere.length > 0 && (
          <div className="event-map__elsewhere">
            <p>{t('map.elsewhere')}</p>
            <ul>
              {model.elsewhere.map((event) => (
                <li key={event.id}>
                  <button type="button" className="event-map__elsewhere-item" aria-pressed={event.id === selectedId} onClick={() => onSelect(event.id)}>
                    {markLabel(event)}
                    {event.place && <span className="event-map__elsewhere-place"> · <bdi>{event.place.name}</bdi></span>}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {model.unplaced.length > 0 && (
          <p>
            {model.unplaced.length} event{model.unplaced.length === 1 ? ' has' : 's have'} no location and {model.unplaced.length === 1 ? 'is' : 'are'} not shown.
          </p>
        )}
        <p className="event-map__credit">
          {t('map.note')}
        </p>
      </figcaption>
    </figure>
  );
}
