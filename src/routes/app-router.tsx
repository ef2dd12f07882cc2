import { Fragment, lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { RouteErrorBoundary } from './route-error.tsx';
import { ChangesPage } from './changes-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { TimelinePage } from './timeline-page.tsx';
import { loadLaterMessages, loadMakeMessages } from '../i18n/load-language.ts';
import { t } from '../i18n/translate.ts';
import { languagePrefix, PREFIXED_LANGUAGES } from '../view-store/language-path.ts';

// The authors' page: its code, its importers' entry, its styles and its words (in the page's
// language) load only when it is opened.
const MakePage = lazy(() =>
  Promise.all([import('./make-page.tsx'), loadLaterMessages(), loadMakeMessages()]).then(([module]) => ({ default: module.MakePage })),
);

function MakeRoute() {
  return (
    <Suspense
      fallback={
        <main className="page-message">
          <p role="status">{t('page.loadingPage')}</p>
        </main>
      }
    >
      <MakePage />
    </Suspense>
  );
}

/**
 * The pages a language has, under its prefix ("" for English, "/ar" for Arabic: the view store
 * reads the language from it, view-path.ts). The authors' page is one page, /make, in either
 * language (`?lang=ar`, make-path.ts).
 */
function languagePages(prefix: string) {
  return (
    <Fragment key={prefix}>
      <Route path={`${prefix}/`} element={<TimelinePage mode="page" />} />
      <Route path={`${prefix}/events/:eventId`} element={<TimelinePage mode="page" />} />
      <Route path={`${prefix}/changes`} element={<ChangesPage />} />
      <Route path={`${prefix}/embed`} element={<TimelinePage mode="embed" />} />
      <Route path={`${prefix}/embed/events/:eventId`} element={<TimelinePage mode="embed" />} />
    </Fragment>
  );
}

/**
 * Paths are a public contract (README, "Links and embedding"). Declarative routes: the app loads
 * its data through TanStack Query, so it needs none of the data router's loaders or actions,
 * and this way half of React Router's code stays out of the first download.
 */
export function AppRouter() {
  return (
    // The router must agree with Vite's base so that sub-path deployments work.
    <BrowserRouter basename={import.meta.env.BASE_URL.replace(/\/$/, '') || '/'}>
      <RouteErrorBoundary>
        <Routes>
          {['', ...PREFIXED_LANGUAGES.map(languagePrefix)].map(languagePages)}
          <Route path="/make" element={<MakeRoute />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </RouteErrorBoundary>
    </BrowserRouter>
  );
}
