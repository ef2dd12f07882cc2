import { lazyPart } from '../boot/lazy-part.tsx';
import { useShownEvents } from '../explore/use-explore.ts';
import { useLanes } from '../timeline/view/use-lanes.ts';
import { usePageWindow } from '../timeline/view/use-view-window.ts';
import { useLoadedDataset } from '../view-store/use-loaded-dataset.ts';

// The formats and the menu load after the timeline's first frame (see lazyPart).
const ExportMenu = lazyPart(() => import('./export-menu.tsx').then((module) => module.ExportMenu), 'part.downloads');

/** Downloads of what the reader sees: the events the filters leave, the timeline's window. */
export function ViewExportMenu() {
  const { dataset } = useLoadedDataset();
  const events = useShownEvents();
  const window = usePageWindow();
  const { lanes } = useLanes();
  return <ExportMenu dataset={dataset} events={events} lanes={lanes} window={window} />;
}
