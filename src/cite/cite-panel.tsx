import './cite.css';
import { useId, useState } from 'react';
import { CopyField } from '../ui/copy-field.tsx';
import type { CslItem } from './citation-item.ts';
import type { Citations } from './format-citations.ts';
import { t } from '../i18n/translate.ts';

interface CitePanelProps {
  /** What is cited, for the button's name: "this event" or "this timeline". */
  readonly subject: 'event' | 'timeline';
  /** The button's visible text, when "Cite" alone would not say what it cites (the footer). */
  readonly buttonText?: string;
  /** The item to cite, made when Cite opens (so the access date is the day it is copied). */
  readonly makeItem: () => CslItem;
}

type Shown = { readonly state: 'closed' | 'loading' } | { readonly state: 'ready'; readonly citations: Citations } | { readonly state: 'failed' };

const FIELDS: readonly { readonly key: keyof Citations; readonly label: string }[] = [
  { key: 'apa', label: 'APA' },
  { key: 'chicago', label: 'Chicago' },
  { key: 'mla', label: 'MLA' },
  { key: 'bibtex', label: 'BibTeX' },
  { key: 'cslJson', label: 'CSL-JSON' },
];

/**
 * "Cite": a disclosure with the citation in APA, Chicago and MLA styles, BibTeX and CSL-JSON,
 * each with a copy button. The citation library is a chunk of its own (format-citations.ts),
 * fetched the first time a reader opens Cite, never with the page.
 */
export function CitePanel({ subject, buttonText = t('cite.button'), makeItem }: CitePanelProps) {
  const [shown, setShown] = useState<Shown>({ state: 'closed' });
  const regionId = useId();
  const name = subject === 'event' ? t('cite.thisEvent') : t('cite.thisTimeline');
  const open = shown.state !== 'closed';

  const toggle = () => {
    if (open) return setShown({ state: 'closed' });
    setShown({ state: 'loading' });
    const item = makeItem();
    import('./format-citations.ts')
      .then(({ formatCitations }) => setShown((now) => (now.state === 'loading' ? { state: 'ready', citations: formatCitations(item) } : now)))
      .catch(() => setShown((now) => (now.state === 'loading' ? { state: 'failed' } : now)));
  };

  return (
    <div className="cite">
      <button type="button" className="button button--quiet" aria-expanded={open} aria-controls={regionId} aria-label={name} onClick={toggle}>
        {buttonText}
      </button>
      {open && (
        <div id={regionId} className="cite__panel" role="group" aria-label={name} aria-busy={shown.state === 'loading'}>
          {shown.state === 'loading' && <p className="cite__status">{t('cite.preparing')}</p>}
          {shown.state === 'failed' && (
            <p className="cite__status" role="alert">
              {t('cite.failed')}
            </p>
          )}
          {shown.state === 'ready' &&
            FIELDS.map(({ key, label }) => (
              <CopyField key={key} label={label} value={shown.citations[key]} copyLabel={t('cite.copy', { style: label })}
                copiedMessage={t('cite.copied', { style: label })} multiline />
            ))}
        </div>
      )}
    </div>
  );
}
