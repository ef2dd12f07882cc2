import { createBrowserRouter } from 'react-router';
import { RouteError } from './route-error.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { TimelinePage } from './timeline-page.tsx';

/** Paths are a public contract (README, "Links and embedding"). */
export function createAppRouter() {
  return createBrowserRouter(
    [
      {
        errorElement: <RouteError />,
        children: [
          { path: '/', element: <TimelinePage mode="page" /> },
          { path: '/events/:eventId', element: <TimelinePage mode="page" /> },
          { path: '/embed', element: <TimelinePage mode="embed" /> },
          { path: '/embed/events/:eventId', element: <TimelinePage mode="embed" /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
    // The router must agree with Vite's base so that sub-path deployments work.
    { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' },
  );
}
