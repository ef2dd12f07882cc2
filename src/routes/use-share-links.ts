import { screenShareLinks, type ScreenShareLinks } from '../embed/share-links.ts';
import { activeLanguage } from '../i18n/translate.ts';
import { usePageWindow } from '../timeline/view/use-view-window.ts';
import { APP_ORIGIN } from '../view-store/app-view-store.ts';
import { useLoadedDataset, useSelectedEvent } from '../view-store/use-loaded-dataset.ts';
import { useViewSettings } from '../view-store/use-view-store.ts';

/**
 * The screen's Share links, for the view as the reader sees it: its window, filters and open
 * event, and its language when that is Arabic, even if the reader's browser chose it rather than
 * the link: the link is then the Arabic page (`/ar/…`), whose preview in a chat app is Arabic.
 */
export function useScreenShareLinks(): ScreenShareLinks {
  const selected = useSelectedEvent();
  const settings = useViewSettings();
  const window = usePageWindow();
  const language = activeLanguage();
  const lang = language === 'en' ? settings.lang : language;
  return screenShareLinks(selected, { ...settings, window, lang }, useLoadedDataset().dataset.title, APP_ORIGIN);
}
