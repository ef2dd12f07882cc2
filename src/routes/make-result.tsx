import type { RefObject } from 'react';
import type { LoadedDataset } from '../data/timeline-event.ts';
import { t, tn } from '../i18n/translate.ts';
import { DownloadJson } from '../make/download-json.tsx';
import { LoadWarningsNotice } from '../make/load-warnings-notice.tsx';
import { PublishLink } from '../make/publish-link.tsx';
import { SkippedRecordsNotice } from '../ui/skipped-records-notice.tsx';
import { MakePreview } from './make-preview.tsx';

export type MakeSource = { readonly kind: 'link'; readonly link: string } | { readonly kind: 'file'; readonly name: string };

export interface MakeResultProps {
  readonly source: MakeSource;
  readonly loaded: LoadedDataset;
  /** The result's heading, for the page to move the focus to. */
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

/**
 * What the author sees once the data is read: what to fix (skipped records by row, changes
 * made on the way in), how to publish (a link's share link and embed code, or a file's JSON
 * and where to put it), and the timeline as readers will see it. The heading takes the focus
 * when the author has just asked for this (make-page.tsx).
 */
export function MakeResult({ source, loaded, headingRef }: MakeResultProps) {
  const { dataset, skipped, warnings } = loaded;
  // "3 events": the words of the overview's count (in the later messages, which /make loads).
  const events = tn('overview.eventCount', dataset.events.length);
  const result = source.kind === 'file' ? t('make.fromFile', { events, name: source.name }) : events;
  return (
    <>
      <section className="make-step" aria-labelledby="make-result-title">
        <h2 id="make-result-title" className="make-step__title" ref={headingRef} tabIndex={-1}>
          {dataset.title}
        </h2>
        <p className="make-step__lead">
          {skipped.length === 0 && warnings.length === 0 ? t('make.nothingToFix', { result }) : t('make.resultEnd', { result })}
        </p>
        <div className="notices">
          <SkippedRecordsNotice skipped={skipped} />
          <LoadWarningsNotice warnings={warnings} />
        </div>
        <h3 className="make-step__subtitle">{source.kind === 'link' ? t('make.shareIt') : t('make.publishIt')}</h3>
        {source.kind === 'link' ? <PublishLink link={source.link} title={dataset.title} /> : <DownloadJson dataset={dataset} fileName={source.name} />}
      </section>
      <section className="make-step make-step--preview" aria-labelledby="make-preview-title">
        <h2 id="make-preview-title" className="make-step__title">
          {t('make.previewTitle')}
        </h2>
        <p className="make-step__lead">{t('make.previewLead')}</p>
        <MakePreview share={source.kind === 'link'} />
      </section>
    </>
  );
}
