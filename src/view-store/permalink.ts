import type { Language } from '../i18n/languages.ts';
import { languagePath } from './language-path.ts';

/**
 * Absolute links to this app's pages. `appUrl` serves Share and Embed (embed/share-links.ts);
 * the permalinks serve citations and the Corrections page: the address a page will keep, with
 * nothing of the reader's view in it but the dataset it shows (`?data=`, when not the default)
 * and the language's pages it is on (`/ar/…`, language-path.ts, so a reader stays in Arabic
 * and a citation made in Arabic names the Arabic page), and the trailing slash of the
 * prerendered pages (their canonical form, static-pages.ts).
 */

/** An absolute URL of this app for an in-app path, honouring a sub-path deployment (Vite's base). */
export function appUrl(path: string, origin: string): string {
  return new URL(import.meta.env.BASE_URL.replace(/\/$/, '') + path, origin).href;
}

// The `data` parameter as view-state.ts writes it (URLSearchParams), without importing the URL
// format: the lazy parts that use these links would otherwise pull it out of the first chunk
// into a shared one (Rolldown's split, measured at +0.8 kB gzip of initial JavaScript).
const dataQuery = (dataUrl: string | undefined) => (dataUrl ? `?${new URLSearchParams({ data: dataUrl })}` : '');

/** The timeline's page: `/` (`/ar/` in Arabic). */
export function timelinePagePath(dataUrl?: string, language?: Language): string {
  return languagePath(`/${dataQuery(dataUrl)}`, language);
}

/** An event's page: `/events/<id>/`. */
export function eventPagePath(id: string, dataUrl?: string, language?: Language): string {
  return languagePath(`/events/${encodeURIComponent(id)}/${dataQuery(dataUrl)}`, language);
}

/** The Corrections and updates page, optionally at one entry (`changeAnchors`, data/change-anchor.ts). */
export function changesPagePath(dataUrl?: string, anchor?: string, language?: Language): string {
  return languagePath(`/changes/${dataQuery(dataUrl)}${anchor ? `#${anchor}` : ''}`, language);
}

export function eventPermalink(id: string, dataUrl: string | undefined, origin: string, language?: Language): string {
  return appUrl(eventPagePath(id, dataUrl, language), origin);
}

/** The whole timeline's address, for citing the dataset. */
export function datasetPermalink(dataUrl: string | undefined, origin: string, language?: Language): string {
  return appUrl(timelinePagePath(dataUrl, language), origin);
}
