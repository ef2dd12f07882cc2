import { useEventsInView } from '../explore/use-explore.ts';
import { useWindowControl } from '../timeline/view/use-view-window.ts';
import { useLoadedDataset, useSelectedEvent } from '../view-store/use-loaded-dataset.ts';
import { LazyEventMap } from './lazy-event-map.tsx';

/** The locator map of the events in the timeline's window; choosing a point opens its event. */
export function MapInView() {
  const events = useEventsInView();
  const { categories } = useLoadedDataset().dataset;
  const { reveal } = useWindowControl();
  const selectedId = useSelectedEvent()?.id;
  const onSelect = (id: string) => {
    const event = events.find((candidate) => candidate.id === id);
    if (event) reveal(event);
  };
  return <LazyEventMap events={events} categories={categories} selectedId={selectedId} onSelect={onSelect} />;
}
