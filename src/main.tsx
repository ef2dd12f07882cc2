// First of all: see the file (it keeps an attached inspector from re-parsing the bundle).
import './boot/error-stacks-off-while-booting.ts';
// Next, so the dataset starts loading before the rest of the app's code runs.
import { linkedDatasetLoad } from './view-store/start-linked-dataset.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './data/query-client.ts';
import { firstRenderWait } from './boot/first-render-wait.ts';
import { AppRouter } from './routes/app-router.tsx';
import './ui/theme.css';
import './ui/app.css';

// React's first render waits a moment for the dataset (see the file for why and its gain).
void firstRenderWait(linkedDatasetLoad).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <AppRouter />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
