import { useDataset } from '../data/dataset-query.ts';
import { DatasetLoadError } from '../data/fetch-dataset.ts';
import { useResizeReporter } from '../embed/use-resize-reporter.ts';
import { useThemeOverride } from '../ui/use-color-scheme.ts';
import { TimelineScreen } from './timeline-screen.tsx';
import { useView, type PageMode } from './use-view.ts';

/** `/`, `/events/:id` and their `/embed` forms: load the dataset, then show the timeline. */
export function TimelinePage({ mode }: { mode: PageMode }) {
  const view = useView(mode);
  const query = useDataset(view.view.dataUrl);
  useThemeOverride(mode === 'embed' ? view.view.theme : 'auto');
  useResizeReporter(mode === 'embed');
  const className = `app${mode === 'embed' ? ' app--embed' : ''}`;

  if (query.isPending) {
    return (
      <div className={className}>
        <section className="timeline-section" aria-label="Timeline of events" aria-busy="true">
          <p className="loading-line" role="status">
            Loading events…
          </p>
        </section>
      </div>
    );
  }
  if (query.isError) {
    const error = query.error;
    const url = error instanceof DatasetLoadError ? error.url : view.view.dataUrl;
    return (
      <div className={className}>
        <section className="timeline-section" aria-label="Timeline of events" aria-busy="false">
          <div className="notice notice--error" role="alert">
            <p>
              <strong>The events could not be loaded.</strong> {error.message}
            </p>
            {url && <p className="notice__detail">Address: {url}</p>}
            <button type="button" className="button" onClick={() => void query.refetch()}>
              Retry
            </button>
          </div>
        </section>
      </div>
    );
  }
  return <TimelineScreen mode={mode} loaded={query.data} navigation={view} className={className} />;
}
