import type { ReactNode } from 'react';
import type { HeaderText } from '../boot/prerendered-header.ts';
import { t } from '../i18n/translate.ts';

/**
 * The page while its dataset loads: the timeline's region, busy, around the load's progress,
 * under the dataset's title and description when the page knows them (`header`: the built home
 * and event pages carry the default dataset's, boot/prerendered-header.ts).
 * index.html carries this same markup (with the progress at its start) inside #root, so the page
 * shows it before any script has run and React's first render changes nothing on screen; a
 * unit test keeps the two the same (loading-screen.test.ts, and static-pages.test.ts with the
 * header).
 */
export function LoadingScreen({ className, header, children }: { className: string; header?: HeaderText; children: ReactNode }) {
  return (
    <div className={className}>
      {header && <LoadingHeader text={header} />}
      <section className="timeline-section" aria-label={t('timeline.region')} aria-busy="true">
        {children}
      </section>
    </div>
  );
}

/**
 * The title and description as ui/app-header.tsx lays them out (same classes, the description
 * cut to two lines on phones), so they stay in place when the loaded screen replaces this one.
 * The rest of the header (meta line, actions) depends on the view and comes with the screen.
 */
export function LoadingHeader({ text }: { readonly text: HeaderText }) {
  return (
    <header className="app-header app-header--loading">
      <div className="app-header__text">
        <h1 className="app-header__title" dir="auto" lang={text.titleLang}>
          {text.title}
        </h1>
        {text.description && (
          <p dir="auto" lang={text.descriptionLang} className="app-header__description app-header__description--cut">
            {text.description}
          </p>
        )}
      </div>
    </header>
  );
}
