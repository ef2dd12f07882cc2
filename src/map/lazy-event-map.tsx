import './lazy-event-map.css';
import { Component, lazy, Suspense, type ReactNode } from 'react';
import type { EventMapProps } from './event-map.tsx';

// d3-geo, topojson-client and the world topology load only when a map is first shown,
// so none of them weighs on the first paint of the timeline.
const EventMapChunk = lazy(() => import('./event-map.tsx').then((module) => ({ default: module.EventMap })));

/** A failed chunk (offline, a deploy replaced it) costs the map, not the whole screen. */
class MapErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (this.state.failed) return <p className="event-map-status">The map could not be loaded. Reload the page to try again.</p>;
    return this.props.children;
  }
}

/** The locator map, loaded on first use; same props as EventMap. */
export function LazyEventMap(props: EventMapProps) {
  return (
    <MapErrorBoundary>
      <Suspense fallback={<p className="event-map-status">Loading map…</p>}>
        <EventMapChunk {...props} />
      </Suspense>
    </MapErrorBoundary>
  );
}
