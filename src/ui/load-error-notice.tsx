import type { ReactNode } from 'react';
import { DatasetLoadError } from '../data/fetch-text.ts';
import { loadErrorHint } from '../data/load-error-hint.ts';
import { displayUrl } from './display-url.ts';
import { LoadFailureMessage } from './load-failure-message.tsx';
import { t } from '../i18n/translate.ts';
import { useLaterMessages } from '../i18n/use-later-messages.ts';

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
  // The hints come with the later messages; the notice itself does not wait for them (offline).
  const hint = useLaterMessages() ? loadErrorHint(error) : undefined;
  return (
    <div className="notice notice--error" role="alert">
      <p>
        <strong>{t('page.loadFailed')}</strong>
        {t('page.loadFailedFrom', { url: displayUrl(error instanceof DatasetLoadError ? error.url : url) })}
      </p>
      <LoadFailureMessage error={error} />
      {hint && <p className="notice__detail">{hint}</p>}
      {children}
      <button type="button" className="button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
