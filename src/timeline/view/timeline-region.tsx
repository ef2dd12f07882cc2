import type { ReactNode } from 'react';
import { useFirstDrawn } from '../../boot/first-draw.tsx';
import { t } from '../../i18n/translate.ts';

/**
 * The "Timeline of events" region, busy until the first frame with data is drawn (the benchmark
 * and assistive technology read aria-busy). A component of its own so that the flip re-renders
 * only this element: its children are the same elements as before, so React skips them.
 */
export function TimelineRegion({ children }: { readonly children: ReactNode }) {
  const drawn = useFirstDrawn();
  return (
    <section className="timeline-section" aria-label={t('timeline.region')} aria-busy={!drawn}>
      {children}
    </section>
  );
}
