import { createViewStore } from './view-store.ts';

/** The address relative to the app's base, as the router sees it (`/events/x`, not `/timeline/events/x`). */
function pathInApp(pathname: string, base: string): string {
  const root = base.replace(/\/$/, '');
  return root && pathname.startsWith(root) ? pathname.slice(root.length) || '/' : pathname;
}

// The one place the app reads the page's address (`window.location`; absent in unit tests): at
// boot, before React or the router run, so the dataset the link names can start loading at
// once (start-linked-dataset.ts). From then on the router tells the store of each address it
// did not write itself (routes/use-router-sync.ts), and the store writes the address through it.
const address = globalThis.location as Location | undefined;

/** The app's one view store, made from the address the page was opened at. */
export const viewStore = createViewStore(pathInApp(address?.pathname ?? '/', import.meta.env.BASE_URL), address?.search ?? '');

/** The page's origin, for the absolute links of Share and Embed. */
export const APP_ORIGIN = address?.origin ?? 'http://localhost';
