// First, so the dataset starts loading before the rest of the app's code runs.
import './data/start-linked-dataset.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './data/query-client.ts';
import { AppRouter } from './routes/app-router.tsx';
import './ui/theme.css';
import './ui/app.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <AppRouter />
    </QueryClientProvider>
  </StrictMode>,
);
