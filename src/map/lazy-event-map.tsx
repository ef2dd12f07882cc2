import './lazy-event-map.css';
import { Component, lazy, Suspense, type ReactNode } from 'react';
import type { EventMapProps } from './event-map.tsx';
import { t } from '../i18n/translate.ts';
import { loadLaterMessages } from '../i18n/load-language.ts';

// d3-geo, topojson-client and the world topology load only when a map is first shown,
// so none of them weighs on the first paint of the timeline.
const EventMapChunk = lazy(() =>
  Promise.all([import('./event-map.tsx'), loadLaterMessages()]).then(([module]) => ({ default: module.EventMap })),
);

/** A failed chunk (offline, a deploy replaced it) costs the map, not the whole screen. */
class MapErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (this.state.failed) return <p className="event-map-status">{t('map.failed')}</p>;
    return this.props.children;
  }
}

/** The locator map, loaded on first use; same props as EventMap. */
export function LazyEventMap(props: EventMapProps) {
  return (
    <MapErrorBoundary>
      <Suspense fallback={<p className="event-map-status">{t('map.loading')}</p>}>
        <EventMapChunk {...props} />
      </Suspense>
    </MapErrorBoundary>
  );
}
