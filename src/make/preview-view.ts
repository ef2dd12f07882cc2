import { viewStore } from '../view-store/app-view-store.ts';

/**
 * Points the app's view store at the dataset the /make page previews (a link, or a local
 * file's cache key: local-dataset.ts), with a fresh view: the whole timeline, no filter, no
 * event open. The timeline's parts read the store as on the timeline page, so the preview is
 * the real screen. Nothing reaches the address: only the timeline page connects the store to
 * the router (routes/use-router-sync.ts), and it takes in its own address when it mounts.
 */
export function previewDataset(dataUrl: string | undefined): void {
  viewStore.applyLocation('/make', '');
  if (dataUrl !== undefined) viewStore.updateSettings({ dataUrl }, 'replace');
}
