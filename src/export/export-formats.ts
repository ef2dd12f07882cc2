import { originalDataset, originalEvent } from '../data/localize-dataset.ts';
import type { Category, Dataset, TimelineEvent } from '../data/timeline-event.ts';
import type { TimeWindow } from '../view-store/view-state.ts';
import { eventsToCsv } from './events-to-csv.ts';
import { eventsToJson } from './events-to-json.ts';
import type { ExportFormat } from './export-file-name.ts';
import { svgToPng } from './svg-to-png.ts';

export interface ExportInput {
  readonly dataset: Dataset;
  readonly events: readonly TimelineEvent[];
  /** The timeline's lanes (the dataset's categories, or folded: timeline/model/fold-lanes.ts), for the pictures. */
  readonly lanes: readonly Category[];
  readonly window: TimeWindow;
}

// A byte-order mark makes Excel read the file as UTF-8 ("Ḥaẓ" not "á¸¤aáº“"); other tools skip it.
const BOM = '\uFEFF';

/**
 * One downloadable file in the chosen format. This module is the export menu's lazy chunk:
 * it is loaded on the first click, so none of it weighs on the first paint. The pictures are
 * a chunk of their own, loaded on the first SVG or PNG: they render the screen's components
 * with react-dom/server, ten times the size of the rest, which a CSV or JSON does not need.
 */
export async function buildExport(format: ExportFormat, input: ExportInput): Promise<Blob> {
  // The data files hold the data as the file has it (translations in i18n), whatever the page's
  // language; the pictures show what the reader sees.
  const dataset = originalDataset(input.dataset);
  switch (format) {
    case 'csv':
      return new Blob([BOM, eventsToCsv(input.events.map(originalEvent), dataset.categories, dataset)], { type: 'text/csv;charset=utf-8' });
    case 'json':
      return new Blob([eventsToJson(dataset, input.events.map(originalEvent))], { type: 'application/json' });
    case 'svg':
    case 'png': {
      const { timelineToSvg } = await import('./timeline-to-svg.tsx');
      const picture = timelineToSvg({
        title: input.dataset.title,
        events: input.events,
        categories: input.lanes,
        window: input.window,
        source: input.dataset.title,
      });
      if (format === 'svg') return new Blob([picture.svg], { type: 'image/svg+xml;charset=utf-8' });
      return svgToPng(picture.svg, picture.width, picture.height);
    }
  }
}
