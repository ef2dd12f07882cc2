// First of all: see the file (it keeps an attached inspector from re-parsing the bundle).
import './boot/error-stacks-off-while-booting.ts';
// Next, so the dataset starts loading before the rest of the app's code runs.
import { linkedDatasetLoad } from './view-store/start-linked-dataset.ts';
import { startLanguageLoad } from './view-store/start-language.ts';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './data/query-client.ts';
import { firstRenderWait } from './boot/first-render-wait.ts';
import { AppRouter } from './routes/app-router.tsx';
import { LanguageRoot } from './i18n/language-root.tsx';
import './ui/theme.css';
import './ui/app.css';

// React's first render waits a moment for the dataset (see the file for why and its gain),
// and for the reader's language (see start-language.ts).
// A transition, so React renders the first screen in slices of a few milliseconds, yielding to
// the browser between them, rather than in one long task (README, "Lighthouse": total blocking time).
void Promise.all([firstRenderWait(linkedDatasetLoad), startLanguageLoad]).then(() => {
  const root = createRoot(document.getElementById('root')!);
  startTransition(() =>
    root.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <LanguageRoot>
            <AppRouter />
          </LanguageRoot>
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
});
