import type { ReactNode } from 'react';
import { t } from '../i18n/translate.ts';

/**
 * The page while its dataset loads: the timeline's region, busy, around the load's progress.
 * index.html carries this same markup (with the progress at its start) inside #root, so the page
 * shows it before any script has run and React's first render changes nothing on screen; a
 * unit test keeps the two the same (loading-screen.test.ts).
 */
export function LoadingScreen({ className, children }: { className: string; children: ReactNode }) {
  return (
    <div className={className}>
      <section className="timeline-section" aria-label={t('timeline.region')} aria-busy="true">
        {children}
      </section>
    </div>
  );
}
