import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { parseViewSearch, searchString, type TimeWindow, type ViewState } from './view-state.ts';

export type PageMode = 'page' | 'embed';

/** Path of a view: `/events/<id>` when an event is selected, under `/embed` in embeds. */
export function viewPath(mode: PageMode, eventId: string | undefined, view: ViewState): string {
  const prefix = mode === 'embed' ? '/embed' : '';
  const path = eventId ? `${prefix}/events/${encodeURIComponent(eventId)}` : prefix || '/';
  return `${path}${searchString(view)}`;
}

/**
 * The selected event's id in a path, the inverse of `viewPath` (`/events/<id>`, `/embed/events/<id>`,
 * under `base`, a trailing slash allowed as static hosts serve `events/<id>/index.html`).
 */
export function eventIdInPath(pathname: string, base = '/'): string | undefined {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(root)) return undefined;
  const match = /^(?:embed\/)?events\/([^/]+)\/?$/.exec(pathname.slice(root.length));
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1];
  }
}

/**
 * The selected event's id as the address says it now. Right after a navigation this is ahead of
 * what the screen shows: the router renders the new location in a transition, later.
 */
export function currentEventId(): string | undefined {
  return eventIdInPath(window.location.pathname, import.meta.env.BASE_URL);
}

const WINDOW_WRITE_DELAY_MS = 250;

/**
 * The view as the URL says it, and the ways to change it. Selecting an event or changing a
 * filter pushes a history entry (Back walks them); zooming and panning replace the current
 * entry, debounced, so a gesture does not flood the history.
 */
export function useView(mode: PageMode) {
  const { eventId } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const parsed = useMemo(() => parseViewSearch(new URLSearchParams(location.search)), [location.search]);
  const { view } = parsed;

  // Declarative routes make a new navigate on every location change; the callbacks below read
  // the latest one, so they stay the same functions (as they were with the data router).
  const latest = useRef({ view, eventId, navigate });
  latest.current = { view, eventId, navigate };
  const pendingWindow = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(pendingWindow.current), []);

  const flushWindow = useCallback(() => window.clearTimeout(pendingWindow.current), []);

  const select = useCallback(
    (id: string | undefined, nextWindow?: TimeWindow) => {
      flushWindow();
      const current = latest.current;
      const nextView = nextWindow ? { ...current.view, window: nextWindow } : current.view;
      current.navigate(viewPath(mode, id, nextView));
    },
    [mode, flushWindow],
  );

  const setWindow = useCallback(
    (nextWindow: TimeWindow) => {
      window.clearTimeout(pendingWindow.current);
      pendingWindow.current = window.setTimeout(() => {
        const current = latest.current;
        current.navigate(viewPath(mode, current.eventId, { ...current.view, window: nextWindow }), { replace: true });
      }, WINDOW_WRITE_DELAY_MS);
    },
    [mode],
  );

  const updateView = useCallback(
    (change: Partial<ViewState>, options?: { replace?: boolean }) => {
      flushWindow();
      const current = latest.current;
      current.navigate(viewPath(mode, current.eventId, { ...current.view, ...change }), options);
    },
    [mode, flushWindow],
  );

  return { view, problems: parsed.problems, selectedId: eventId, select, setWindow, updateView };
}
