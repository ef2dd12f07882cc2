import { viewPath } from '../routes/use-view.ts';
import type { ViewState } from '../routes/view-state.ts';
import { embedSnippet } from './embed-snippet.ts';

/** An absolute URL of this app for an in-app path, honouring a sub-path deployment. */
export function appUrl(path: string, origin: string = window.location.origin): string {
  return new URL(import.meta.env.BASE_URL.replace(/\/$/, '') + path, origin).href;
}

export interface ShareLinks {
  /** The top-level page of the view: what "Copy link" and "Open full timeline" give. */
  readonly url: string;
  readonly embedCode: string;
}

/**
 * Links for sharing a view. Always the top-level form, even inside an embed, so a link
 * copied from an article's iframe opens the full timeline, not a bare embed.
 */
export function shareLinks(eventId: string | undefined, view: ViewState, title: string): ShareLinks {
  const pageView = { ...view, theme: 'auto' as const };
  const embedPath = viewPath('embed', eventId, view);
  return {
    url: appUrl(viewPath('page', eventId, pageView)),
    embedCode: embedSnippet({ siteUrl: appUrl('/'), path: embedPath.replace(/^\//, ''), title }),
  };
}
