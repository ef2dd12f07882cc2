import { useState, type ReactNode } from 'react';
import { t } from '../i18n/translate.ts';

export type NoticeTone = 'info' | 'warning' | 'error';

export interface DismissibleNoticeProps {
  readonly tone: NoticeTone;
  readonly children: ReactNode;
  /** When given, the parent owns visibility (and removes the notice); else it hides itself. */
  readonly onDismiss?: () => void;
  /** 'alert' interrupts a screen reader; keep it for errors the reader must act on. */
  readonly role?: 'status' | 'alert';
}

/**
 * A notice the reader can put away once read. Errors default to role="alert" and the rest to
 * role="status", so only what needs attention interrupts.
 */
export function DismissibleNotice({ tone, children, onDismiss, role }: DismissibleNoticeProps) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <div className={`notice notice--${tone} notice--dismissible`} role={role ?? (tone === 'error' ? 'alert' : 'status')}>
      <div className="notice__body">{children}</div>
      <button
        type="button"
        className="button button--quiet notice__dismiss"
        aria-label={t('notice.dismissLabel')}
        onClick={() => (onDismiss ? onDismiss() : setDismissed(true))}
      >
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
