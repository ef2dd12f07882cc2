import './skip-link.css';
import type { MouseEvent } from 'react';
import { t } from '../i18n/translate.ts';

// The marks use a roving tabindex: the one mark with tabindex 0 is the timeline's tab stop.
const MARK_TAB_STOP = '.timeline-plot [tabindex="0"]';

/**
 * "Skip to the events": a link, hidden until it has focus, that takes the keyboard past the
 * share, filter, legend and zoom controls to the timeline's tab stop (or to the timeline
 * itself, focusable by script, while it has no marks).
 */
export function SkipToEvents({ targetId }: { targetId: string }) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    // Focus moves by script: following the fragment would add a #hash to the view's address.
    event.preventDefault();
    const target = document.getElementById(targetId);
    const mark = target?.querySelector<HTMLElement | SVGElement>(MARK_TAB_STOP);
    (mark ?? target)?.focus();
  };
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={skip}>
      {t('skip.toEvents')}
    </a>
  );
}
