import { lazy, Suspense } from 'react';
import { datasetUrlFor, useDataset } from '../loading/dataset-query.ts';
import { useDataUrl } from '../view-store/use-view-store.ts';
import { SiteFooter } from './site-footer.tsx';
import { LoadFailureMessage } from '../ui/load-failure-message.tsx';
import { activeLanguage, t } from '../i18n/translate.ts';
import { localizeLoaded } from '../data/localize-dataset.ts';
import { loadLaterMessages } from '../i18n/load-language.ts';
import { useLaterMessages } from '../i18n/use-later-messages.ts';

// A page few readers open: its list is a chunk of its own, given the dataset (see site-footer.tsx
// for why a lazy chunk is not left to read it).
const ChangesList = lazy(() =>
  Promise.all([import('./changes-list.tsx'), loadLaterMessages()]).then(([module]) => ({ default: module.ChangesList })),
);

/**
 * `/changes`: the dataset's public record of corrections and updates, newest first, each entry
 * with its anchor (the Atom feed and the event panel link to it) and links to the events it
 * touched (changes-list.tsx). Prerendered as changes/index.html (static-pages.ts).
 */
export function ChangesPage() {
  const dataUrl = useDataUrl();
  const query = useDataset(datasetUrlFor(dataUrl));
  const loaded = query.data && localizeLoaded(query.data, activeLanguage());
  const words = useLaterMessages();
  const title = loaded && words ? t('changes.pageTitle', { title: loaded.dataset.title }) : t('corrections.title');
  if (!words) return <div className="app changes-page" />;
  return (
    <div className="app changes-page">
      <title>{title}</title>
      {query.isPending && <p className="loading-line">{t('changes.loading')}</p>}
      {query.isError && (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>{t('changes.failed')}</strong>
          </p>
          <LoadFailureMessage error={query.error} />
        </div>
      )}
      {loaded && (
        <>
          <Suspense fallback={<p className="loading-line">{t('changes.loading')}</p>}>
            <ChangesList dataset={loaded.dataset} dataUrl={dataUrl} />
          </Suspense>
          <SiteFooter onChangesPage />
        </>
      )}
    </div>
  );
}
