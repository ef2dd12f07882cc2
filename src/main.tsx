// First of all: see the file (it keeps an attached inspector from re-parsing the bundle).
import './boot/error-stacks-off-while-booting.ts';
// Next, so the dataset starts loading before the rest of the app's code runs.
import { linkedDatasetLoad } from './view-store/start-linked-dataset.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './data/query-client.ts';
import { settledOrAfter } from './boot/settled-or-after.ts';
import { AppRouter } from './routes/app-router.tsx';
import './ui/theme.css';
import './ui/app.css';

/**
 * index.html already shows the loading screen, so React's first render waits a moment for the
 * dataset: a small one (1,000 events) is checked by the time the app's code has run, and
 * rendering the loading screen again first would only delay the timeline (by ~50 ms on our
 * benchmark machine; the page also reads the worker's reply only once that render is done).
 * A big one takes longer than the wait, and React renders the loading screen meanwhile, which
 * also warms its code for the timeline's render.
 */
const FIRST_RENDER_WAIT_MS = 100;

void settledOrAfter(linkedDatasetLoad, FIRST_RENDER_WAIT_MS).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <AppRouter />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
