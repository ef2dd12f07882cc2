import { useState } from 'react';
import { datasetUrlFor, loadStartedAt, useDataset, useDatasetProgress, useRetryDataset } from '../loading/dataset-query.ts';
import { DatasetLoadError } from '../data/fetch-text.ts';
import { useResizeReporter } from '../embed/use-resize-reporter.ts';
import { LoadProgress } from '../ui/load-progress.tsx';
import { useThemeOverride } from '../ui/use-color-scheme.ts';
import { useViewSettings } from '../view-store/use-view-store.ts';
import { LoadingScreen } from './loading-screen.tsx';
import { TimelineScreen } from './timeline-screen.tsx';
import { usePageLanguage } from './use-page-language.ts';
import { useRouterSync } from './use-router-sync.ts';
import type { PageMode } from '../view-store/view-state.ts';
import { t } from '../i18n/translate.ts';

/** The address as the reader should see it: absolute, so "relative to the app" is spelled out. */
function displayUrl(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

/** What the reader (or the file's publisher) can do about a failure. */
function hintFor(error: Error): string | undefined {
  if (!(error instanceof DatasetLoadError)) return undefined;
  switch (error.kind) {
    case 'http':
      return /\b(404|410)\b/.test(error.message)
        ? t('page.hint404')
        : /\b5\d\d\b/.test(error.message)
          ? t('page.hint5xx')
          : undefined;
    case 'timeout':
      return t('page.hintTimeout');
    case 'html':
      return t('page.hintHtml');
    case 'json':
    case 'format':
      return t('page.hintFormat');
    default:
      return undefined;
  }
}

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
  usePageLanguage(undefined);
  const className = `app${mode === 'embed' ? ' app--embed' : ''}`;

  if (query.isPending) {
    const failure = query.failureReason;
    return (
      <LoadingScreen className={className}>
        <LoadProgress
          key={`${dataUrl} ${attempt}`}
          url={displayUrl(dataUrl)}
          progress={progress}
          retrying={failure ? { attempt: query.failureCount, reason: failure.message } : undefined}
          startedAt={loadStartedAt(dataUrl)}
          onRetry={retry}
        />
      </LoadingScreen>
    );
  }
  if (query.isError) {
    const error = query.error;
    const url = displayUrl(error instanceof DatasetLoadError ? error.url : dataUrl);
    const hint = hintFor(error);
    return (
      <div className={className}>
        <section className="timeline-section" aria-label={t('timeline.region')} aria-busy="false">
          <div className="notice notice--error" role="alert">
            <p>
              <strong>{t('page.loadFailed')}</strong>
              {t('page.loadFailedFrom', { url })}
            </p>
            <p>{error.message}</p>
            {hint && <p className="notice__detail">{hint}</p>}
            <button type="button" className="button" onClick={retry}>
              {t('common.retry')}
            </button>
          </div>
        </section>
      </div>
    );
  }
  return <TimelineScreen className={className} />;
}
