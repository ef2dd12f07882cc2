import { appUrl } from '../view-store/permalink.ts';
import { viewPath } from '../view-store/view-path.ts';
import type { ViewState } from '../view-store/view-state.ts';
import { t } from '../i18n/translate.ts';
import { embedSnippet } from './embed-snippet.ts';

export interface ShareLinks {
  /** The top-level page of the view: what "Copy link" and "Open full timeline" give. */
  readonly url: string;
  readonly embedCode: string;
}

/**
 * Links for sharing a view: the open event (`eventId`, in the path) and everything the query
 * holds, so the reader lands on what the sender saw. Always the top-level form, even inside an
 * embed, so a link copied from an article's iframe opens the full timeline, not a bare embed.
 */
export function shareLinks(
  eventId: string | undefined,
  view: ViewState,
  title: string,
  origin: string,
): ShareLinks {
  const pageView = { ...view, theme: 'auto' as const };
  const embedPath = viewPath('embed', eventId, view);
  return {
    url: appUrl(viewPath('page', eventId, pageView), origin),
    // The frame's title in the page's language: the article it goes into is most likely in it.
    embedCode: embedSnippet({ siteUrl: appUrl('/', origin), path: embedPath.replace(/^\//, ''), frameTitle: t('share.embedTitle', { title }) }),
  };
}

export interface ScreenShareLinks {
  /** The header's "Share this view". */
  readonly view: ShareLinks;
  /** The event panel's "Share this event", when one is open. */
  readonly event?: ShareLinks;
}

/**
 * The screen's two Share menus. The view the sender sees includes the open event, so the view's
 * link keeps it too (`/events/<id>?from=…`); the two differ in the embed's title.
 */
export function screenShareLinks(
  selected: { readonly id: string; readonly title: string } | undefined,
  view: ViewState,
  datasetTitle: string,
  origin: string,
): ScreenShareLinks {
  return {
    view: shareLinks(selected?.id, view, datasetTitle, origin),
    event: selected ? shareLinks(selected.id, view, selected.title, origin) : undefined,
  };
}
