import { languagePath, splitLanguagePath } from './language-path.ts';
import { parseViewSearch, searchString, type ParsedView, type ViewState } from './view-state.ts';

/**
 * The path of a view, the other half of the URL format (view-state.ts has the query): the
 * language's prefix (`/ar`, language-path.ts), the embed (`/embed`) and the selected event
 * (`/events/<id>`), in that order: `/ar/embed/events/<id>?from=…`.
 */
export type PageMode = 'page' | 'embed';

/**
 * Path of a view: `/events/<id>` when an event is selected, under `/embed` in embeds, under
 * `/ar` in Arabic (which then leaves `lang` out of the query).
 */
export function viewPath(mode: PageMode, eventId: string | undefined, view: ViewState): string {
  const prefix = mode === 'embed' ? '/embed' : '';
  const path = eventId ? `${prefix}/events/${encodeURIComponent(eventId)}` : prefix || '/';
  const inPath = languagePath(path, view.lang);
  return `${inPath}${searchString(inPath === path ? view : { ...view, lang: undefined })}`;
}

/**
 * The selected event's id in a path, the inverse of `viewPath` (`/events/<id>`, `/embed/events/<id>`,
 * `/ar/…`, under `base`, a trailing slash allowed as static hosts serve `events/<id>/index.html`).
 */
export function eventIdInPath(pathname: string, base = '/'): string | undefined {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(root)) return undefined;
  const { path } = splitLanguagePath(pathname.slice(root.length - 1));
  const match = /^\/(?:embed\/)?events\/([^/]+)\/?$/.exec(path);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1];
  }
}

/** Whether a path (relative to the app's base) is one of the `/embed` forms. */
export function pageModeOf(pathname: string): PageMode {
  return /^\/embed(\/|$)/.test(splitLanguagePath(pathname).path) ? 'embed' : 'page';
}

export interface ParsedAddress extends ParsedView {
  readonly mode: PageMode;
  readonly selectedId: string | undefined;
}

/**
 * An address (relative to the app's base) as the view it names. The path's language wins over
 * a `lang` in the query: the page the host served for `/ar/…` is the Arabic one.
 */
export function parseViewAddress(pathname: string, search: string): ParsedAddress {
  const { view, problems } = parseViewSearch(new URLSearchParams(search));
  const language = splitLanguagePath(pathname).language;
  return {
    mode: pageModeOf(pathname),
    selectedId: eventIdInPath(pathname),
    view: language ? { ...view, lang: language } : view,
    problems,
  };
}
