import { useState } from 'react';
import { Link } from 'react-router';
import { datasetUrlFor, loadStartedAt, useDataset, useDatasetProgress, useRetryDataset } from '../loading/dataset-query.ts';
import { useResizeReporter } from '../embed/use-resize-reporter.ts';
import { displayUrl } from '../ui/display-url.ts';
import { LoadErrorNotice } from '../ui/load-error-notice.tsx';
import { loadFailureWords } from '../ui/load-failure-words.ts';
import { LoadProgress } from '../ui/load-progress.tsx';
import { useThemeOverride } from '../ui/use-color-scheme.ts';
import { useViewSettings } from '../view-store/use-view-store.ts';
import { LoadingScreen } from './loading-screen.tsx';
import { makePath } from './make-path.ts';
import { TimelineScreen } from './timeline-screen.tsx';
import { usePageLanguage } from './use-page-language.ts';
import { useRouterSync } from './use-router-sync.ts';
import type { PageMode } from '../view-store/view-path.ts';
import { activeLanguage, t } from '../i18n/translate.ts';
import { loadingHeaderFor } from '../boot/prerendered-header.ts';
import { useLaterMessages } from '../i18n/use-later-messages.ts';

/**
 * `/`, `/events/:id` and their `/embed` forms: load the dataset, then show the timeline. The
 * view store follows the router here (Back, Forward, links) and writes the address through it.
 */
export function TimelinePage({ mode }: { mode: PageMode }) {
  useRouterSync();
  const { dataUrl: linkedData, theme } = useViewSettings();
  const dataUrl = datasetUrlFor(linkedData);
  const query = useDataset(dataUrl);
  const progress = useDatasetProgress(dataUrl);
  const reset = useRetryDataset(dataUrl);
  // Each attempt gets a fresh progress view, so the "taking longer" timer starts again.
  const [attempt, setAttempt] = useState(0);
  const retry = () => {
    setAttempt((count) => count + 1);
    reset();
  };
  useThemeOverride(mode === 'embed' ? theme : 'auto');
  useResizeReporter(mode === 'embed');
  usePageLanguage(query.data?.dataset.defaultLanguage);
  // The error page's pointer to /make is in the later messages: asked for only on an error.
  const later = useLaterMessages(query.isError);
  const className = `app${mode === 'embed' ? ' app--embed' : ''}`;

  if (query.isPending) {
    const failure = query.failureReason;
    return (
      <LoadingScreen className={className} header={loadingHeaderFor(linkedData === undefined, activeLanguage())}>
        <LoadProgress
          key={`${dataUrl} ${attempt}`}
          url={displayUrl(dataUrl)}
          progress={progress}
          retrying={failure ? { attempt: query.failureCount, reason: loadFailureWords(failure).text } : undefined}
          startedAt={loadStartedAt(dataUrl)}
          onRetry={retry}
        />
      </LoadingScreen>
    );
  }
  if (query.isError) {
    return (
      <div className={className}>
        <title>{t('page.loadFailed')}</title>
        <section className="timeline-section" aria-label={t('timeline.region')} aria-busy="false">
          <LoadErrorNotice url={dataUrl} error={query.error} onRetry={retry}>
            {mode === 'page' && later && (
              <p className="notice__detail">
                {t('page.publishing')}{' '}
                <Link to={makePath(linkedData)}>{t('page.makeOwn')}</Link>
                {t('page.makePreviews')}
              </p>
            )}
          </LoadErrorNotice>
        </section>
      </div>
    );
  }
  return <TimelineScreen className={className} />;
}
