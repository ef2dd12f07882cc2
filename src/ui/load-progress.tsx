import { useEffect, useState, type CSSProperties } from 'react';
import { formatBytes } from '../data/fetch-text.ts';
import type { LoadProgress as Progress } from '../data/load-status.ts';
import { formatCount } from './format-count.ts';

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

const FORMAT_LABELS = { 'conflict-timeline': 'dataset', timelinejs: 'TimelineJS file', 'acled-csv': 'ACLED CSV file', 'timelinejs-sheet': 'TimelineJS spreadsheet', sheet: 'spreadsheet', parquet: 'Parquet file', unknown: 'file' };

const layout: CSSProperties = {
  display: 'grid',
  justifyItems: 'center',
  gap: '0.75rem',
  padding: '2.5rem 1rem',
  textAlign: 'center',
  overflowWrap: 'anywhere',
};

/** What is happening, in words (the live region: changes only with the stage). */
function stageText(progress: Progress | undefined): string {
  switch (progress?.stage) {
    case 'downloading':
      return 'Downloading events…';
    case 'reading':
      return 'Reading the dataset…';
    case 'importing':
      return `Importing the ${FORMAT_LABELS[progress.format ?? 'unknown']}…`;
    case 'checking':
      return progress.records === undefined
        ? 'Checking the events…'
        : `Checking ${formatCount(progress.records)} ${progress.records === 1 ? 'record' : 'records'}…`;
    default:
      return 'Loading events…';
  }
}

/** The numbers under the bar: how much has arrived, of how much. */
function amountText(progress: Progress | undefined): string {
  if (progress?.stage !== 'downloading' || progress.loaded === undefined) return '';
  if (progress.total) return `${formatBytes(progress.loaded)} of ${formatBytes(progress.total)}`;
  return `${formatBytes(progress.loaded)} received`;
}

function slowText(progress: Progress | undefined, url: string): string {
  switch (progress?.stage) {
    case undefined:
    case 'connecting':
      return `${url} has not answered yet.`;
    case 'downloading':
      return `Still downloading ${url}${progress.loaded !== undefined ? ` (${amountText(progress)})` : ''}.`;
    default:
      return `${url} has arrived and is still being checked; a large file can take a while.`;
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

  return (
    <div style={layout}>
      <p className="loading-line" role="status" style={{ padding: 0 }}>
        {stageText(progress)}
      </p>
      <progress
        aria-label="Loading events"
        style={{ width: 'min(20rem, 100%)' }}
        {...(downloading ? { value: downloading.loaded, max: downloading.total } : {})}
      />
      {amount && <p className="notice__detail" style={{ margin: 0 }}>{amount}</p>}
      {retrying && (
        <p className="notice__detail" style={{ margin: 0 }}>
          Attempt {retrying.attempt} failed: {retrying.reason} Trying again…
        </p>
      )}
      {slow && !keepWaiting && (
        <div className="notice notice--warning" role="alert" style={{ maxWidth: '36rem', textAlign: 'start' }}>
          <p>
            <strong>This is taking longer than usual.</strong> {slowText(progress, url)}
          </p>
          <p style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
            <button type="button" className="button" onClick={() => setKeepWaiting(true)}>
              Keep waiting
            </button>
            <button type="button" className="button" onClick={onRetry}>
              Retry
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
