import type { ReactNode } from 'react';
import { DatasetLoadError } from '../data/fetch-text.ts';
import { loadErrorHint } from '../data/load-error-hint.ts';
import { displayUrl } from './display-url.ts';

export interface LoadErrorNoticeProps {
  /** The address that was asked for (the error's own, when it has one, is shown instead). */
  readonly url: string;
  readonly error: Error;
  readonly onRetry: () => void;
  /** More to say, after the hint (the timeline page's pointer to /make). */
  readonly children?: ReactNode;
}

/** A dataset that could not be loaded: from where, why, what to do about it, and Retry. */
export function LoadErrorNotice({ url, error, onRetry, children }: LoadErrorNoticeProps) {
  const hint = loadErrorHint(error);
  return (
    <div className="notice notice--error" role="alert">
      <p>
        <strong>The events could not be loaded</strong> from {displayUrl(error instanceof DatasetLoadError ? error.url : url)}.
      </p>
      <p>{error.message}</p>
      {hint && <p className="notice__detail">{hint}</p>}
      {children}
      <button type="button" className="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
