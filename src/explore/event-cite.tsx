import { eventCitationItem } from '../cite/citation-item.ts';
import { CitePanel } from '../cite/cite-panel.tsx';
import type { TimelineEvent } from '../data/timeline-event.ts';
import { APP_ORIGIN } from '../view-store/app-view-store.ts';
import { eventPermalink } from '../view-store/permalink.ts';
import { usePanelDataset } from './panel-dataset.ts';
import { activeLanguage } from '../i18n/translate.ts';

/** The event panel's Cite: the event's permalink, in the dataset, at its revision, accessed today. */
export function EventCite({ event }: { event: TimelineEvent }) {
  const { dataset, dataUrl } = usePanelDataset();
  const url = eventPermalink(event.id, dataUrl, APP_ORIGIN, activeLanguage());
  return <CitePanel subject="event" makeItem={() => eventCitationItem(event, dataset, url, new Date())} />;
}
