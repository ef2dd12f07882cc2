import { lazyPart } from '../boot/lazy-part.tsx';
import { neighboursOf } from '../explore/event-walk.ts';
import { PanelDataset } from '../explore/panel-dataset.ts';
import { useShownEvents } from '../explore/use-explore.ts';
import { useWindowControl } from '../timeline/view/use-view-window.ts';
import { ShareMenu } from '../ui/share-menu.tsx';
import { useLoadedDataset, useSelectedEvent } from '../view-store/use-loaded-dataset.ts';
import { useDataUrl, useViewSettings } from '../view-store/use-view-store.ts';
import { useScreenShareLinks } from './use-share-links.ts';

// Shown once an event is opened, so its code loads after the timeline's first frame.
const EventPanel = lazyPart(() => import('../explore/event-panel.tsx').then((module) => module.EventPanel), 'event details');

/**
 * The open event's details, with Previous/Next through the events the filters leave (each
 * brought into view), Close, and its Share menu (unless `share` is false: a local file on
 * /make has no address to share). Nothing while no event is open.
 */
export function SelectedEventPanel({ share = true }: { readonly share?: boolean }) {
  const selected = useSelectedEvent();
  const shown = useShownEvents();
  const { dataset } = useLoadedDataset();
  const dataUrl = useDataUrl();
  const { query } = useViewSettings();
  const { reveal, select } = useWindowControl();
  const links = useScreenShareLinks().event;
  if (!selected) return null;
  const walk = neighboursOf(shown, selected);
  return (
    <PanelDataset value={{ dataset, dataUrl }}>
    <EventPanel
      event={selected}
      query={query}
      category={dataset.categories.find((category) => category.id === selected.category)}
      position={{ index: walk.index, total: shown.length }}
      onPrevious={walk.previous ? () => reveal(walk.previous!) : undefined}
      onNext={walk.next ? () => reveal(walk.next!) : undefined}
      onClose={() => select(undefined)}
    >
      {share && links && <ShareMenu subject="this event" url={links.url} title={selected.title} embedCode={links.embedCode} />}
    </EventPanel>
    </PanelDataset>
  );
}
