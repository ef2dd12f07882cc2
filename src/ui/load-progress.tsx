import { useEffect, useState, type CSSProperties } from 'react';
import { formatBytes } from '../data/fetch-text.ts';
import type { LoadProgress as Progress } from '../data/load-status.ts';
import { t, tn } from '../i18n/translate.ts';
import { useLaterMessages } from '../i18n/use-later-messages.ts';

/** After this long without the dataset, say so, name the source, and offer to retry. */
export const SLOW_NOTICE_MS = 15_000;

export interface LoadProgressProps {
  /** The address being loaded, as the reader should see it. */
  readonly url: string;
  readonly progress: Progress | undefined;
  /** Set while the query layer is retrying after a failed attempt. */
  readonly retrying?: { readonly attempt: number; readonly reason: string };
  /** When this load began (Date.now()): the slow notice counts from then, not from this screen. */
  readonly startedAt?: number;
  readonly onRetry: () => void;
}

const FORMAT_LABELS = {
  'conflict-timeline': 'load.format.dataset',
  timelinejs: 'load.format.timelinejs',
  'acled-csv': 'load.format.acled',
  'timelinejs-sheet': 'load.format.timelinejsSheet',
  sheet: 'load.format.sheet',
  parquet: 'load.format.parquet',
  'parquet-index': 'load.format.parquet',
  unknown: 'load.format.unknown',
} as const;

const layout: CSSProperties = {
  display: 'grid',
  justifyItems: 'center',
  gap: '0.75rem',
  padding: '2.5rem 1rem',
  textAlign: 'center',
  overflowWrap: 'anywhere',
};

/** What is happening, in words (the live region: changes only with the stage). */
function stageText(progress: Progress | undefined, later: boolean): string {
  switch (progress?.stage) {
    case 'downloading':
      return t('load.downloading');
    case 'reading':
      return t('load.reading');
    case 'importing':
      if (!later) return t('load.loading');
      return t('load.importing', { format: t(FORMAT_LABELS[progress.format ?? 'unknown']) });
    case 'checking':
      return progress.records === undefined
        ? t('load.checking')
        : tn('load.checkingRecords', progress.records);
    default:
      return t('load.loading');
  }
}

/** The numbers under the bar: how much has arrived, of how much. */
function amountText(progress: Progress | undefined): string {
  if (progress?.stage !== 'downloading' || progress.loaded === undefined) return '';
  if (progress.total) return t('load.amountOf', { loaded: formatBytes(progress.loaded), total: formatBytes(progress.total) });
  return t('load.amountReceived', { loaded: formatBytes(progress.loaded) });
}

function slowText(progress: Progress | undefined, url: string): string {
  switch (progress?.stage) {
    case undefined:
    case 'connecting':
      return t('load.noAnswer', { url });
    case 'downloading':
      return t('load.stillDownloading', { url, amount: progress.loaded !== undefined ? ` (${amountText(progress)})` : '' });
    default:
      return t('load.stillChecking', { url });
  }
}

/**
 * The pending state of a dataset load: a progress bar (download share when the size is known,
 * otherwise indeterminate), the stage in words, and after SLOW_NOTICE_MS a notice that names the
 * source with "Keep waiting" and "Retry", so the reader never faces an unexplained spinner.
 */
export function LoadProgress({ url, progress, retrying, startedAt, onRetry }: LoadProgressProps) {
  const [slow, setSlow] = useState(false);
  const [keepWaiting, setKeepWaiting] = useState(false);
  useEffect(() => {
    const wait = startedAt === undefined ? SLOW_NOTICE_MS : Math.max(0, startedAt + SLOW_NOTICE_MS - Date.now());
    const timer = window.setTimeout(() => setSlow(true), wait);
    return () => window.clearTimeout(timer);
  }, [startedAt]);
  const downloading = progress?.stage === 'downloading' && progress.total ? progress : undefined;
  const amount = amountText(progress);
  // The words of a slow or failed attempt and of the importers come with the later messages.
  const later = useLaterMessages(slow || !!retrying || progress?.stage === 'importing');

  return (
    <div style={layout}>
      <p className="loading-line" role="status" style={{ padding: 0 }}>
        {stageText(progress, later)}
      </p>
      <progress
        aria-label={t('load.progressLabel')}
        style={{ width: 'min(20rem, 100%)' }}
        {...(downloading ? { value: downloading.loaded, max: downloading.total } : {})}
      />
      {amount && <p className="notice__detail" style={{ margin: 0 }}>{amount}</p>}
      {retrying && later && (
        <p className="notice__detail" style={{ margin: 0 }}>
          {t('load.attemptFailed', { attempt: retrying.attempt, reason: retrying.reason })}
        </p>
      )}
      {slow && later && !keepWaiting && (
        <div className="notice notice--warning" role="alert" style={{ maxWidth: '36rem', textAlign: 'start' }}>
          <p>
            <strong>{t('load.slow')}</strong> {slowText(progress, url)}
          </p>
          <p style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
            <button type="button" className="button" onClick={() => setKeepWaiting(true)}>
              {t('load.keepWaiting')}
            </button>
            <button type="button" className="button" onClick={onRetry}>
              {t('common.retry')}
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
