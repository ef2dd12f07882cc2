import { useId } from 'react';
import { FirstDrawScope } from '../boot/first-draw.tsx';
import { t } from '../i18n/translate.ts';
import { SelectedEventPanel } from './selected-event-panel.tsx';
import { TimelinePane } from './timeline-pane.tsx';

/**
 * The /make page's preview: the timeline screen's own pane (legend, zoom, timeline, overview)
 * and event panel, reading the dataset and the view from the store as on the timeline page
 * (make/preview-view.ts points the store at the previewed dataset). The header, search,
 * filters, list and downloads are left out: the page around it says what an author needs.
 */
export function MakePreview({ share }: { readonly share: boolean }) {
  const paneId = useId();
  return (
    <FirstDrawScope>
      <div className="app-main make-preview" data-empty-panel={t('panel.choose')}>
        <div className="timeline-column">
          <TimelinePane panel={{ id: paneId }} screenKeys={false} />
        </div>
        <SelectedEventPanel share={share} />
      </div>
    </FirstDrawScope>
  );
}
