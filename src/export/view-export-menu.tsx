import { useShownEvents } from '../explore/use-explore.ts';
import type { FirstDrawFlag } from '../boot/first-draw-flag.ts';
import { usePageWindow } from '../timeline/view/use-view-window.ts';
import { lazyPart } from '../ui/lazy-part.tsx';
import { useLoadedDataset } from '../view-store/use-loaded-dataset.ts';

// The formats and the menu load after the timeline's first frame (see lazyPart).
const ExportMenu = lazyPart(() => import('./export-menu.tsx').then((module) => module.ExportMenu), 'downloads');

/** Downloads of what the reader sees: the events the filters leave, the timeline's window. */
export function ViewExportMenu({ holdUntil }: { readonly holdUntil: FirstDrawFlag }) {
  const { dataset } = useLoadedDataset();
  const events = useShownEvents();
  const window = usePageWindow();
  return <ExportMenu holdUntil={holdUntil} dataset={dataset} events={events} categories={dataset.categories} window={window} />;
}
