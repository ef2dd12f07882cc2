import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { RouteErrorBoundary } from './route-error.tsx';
import { ChangesPage } from './changes-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { TimelinePage } from './timeline-page.tsx';
import { loadLaterMessages, loadMakeMessages } from '../i18n/load-language.ts';
import { t } from '../i18n/translate.ts';

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
          <Route path="/" element={<TimelinePage mode="page" />} />
          <Route path="/events/:eventId" element={<TimelinePage mode="page" />} />
          <Route path="/changes" element={<ChangesPage />} />
          <Route path="/embed" element={<TimelinePage mode="embed" />} />
          <Route path="/embed/events/:eventId" element={<TimelinePage mode="embed" />} />
          <Route path="/make" element={<MakeRoute />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </RouteErrorBoundary>
    </BrowserRouter>
  );
}
