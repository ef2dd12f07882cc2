import { screenShareLinks, type ScreenShareLinks } from '../embed/share-links.ts';
import { usePageWindow } from '../timeline/view/use-view-window.ts';
import { APP_ORIGIN } from '../view-store/app-view-store.ts';
import { useLoadedDataset, useSelectedEvent } from '../view-store/use-loaded-dataset.ts';
import { useViewSettings } from '../view-store/use-view-store.ts';

/** The screen's Share links, for the view as the reader sees it: its window, filters and open event. */
export function useScreenShareLinks(): ScreenShareLinks {
  const selected = useSelectedEvent();
  const settings = useViewSettings();
  const window = usePageWindow();
  return screenShareLinks(selected, { ...settings, window }, useLoadedDataset().dataset.title, APP_ORIGIN);
}
