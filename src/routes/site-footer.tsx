import { lazyPart } from '../boot/lazy-part.tsx';
import { useLoadedDataset } from '../view-store/use-loaded-dataset.ts';
import { useDataUrl } from '../view-store/use-view-store.ts';

// After the first draw, like the list: nothing in it is needed to read the timeline.
const FooterContent = lazyPart(() => import('./footer-content.tsx').then((module) => module.FooterContent), 'part.footer');

/**
 * The page's footer (footer-content.tsx). Its chunk is given the dataset rather than reading
 * it: a lazy chunk that imports use-loaded-dataset.ts makes Rolldown split the query and store
 * code out of the first chunk into a shared one (+1.5 kB gzip of initial JavaScript, measured).
 */
export function SiteFooter({ onChangesPage = false }: { onChangesPage?: boolean }) {
  const { dataset } = useLoadedDataset();
  return <FooterContent dataset={dataset} dataUrl={useDataUrl()} onChangesPage={onChangesPage} />;
}
