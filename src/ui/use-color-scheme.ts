import { useLayoutEffect, useSyncExternalStore } from 'react';
import type { ColorScheme } from './category-color.ts';

export type ThemeChoice = ColorScheme | 'auto';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function darkQuery(): MediaQueryList | undefined {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(DARK_QUERY)
    : undefined;
}

/** The scheme theme.css is showing: the html[data-theme] override first, else the system. */
function readScheme(): ColorScheme {
  if (typeof document === 'undefined') return 'light';
  const forced = document.documentElement.dataset.theme;
  if (forced === 'light' || forced === 'dark') return forced;
  return darkQuery()?.matches ? 'dark' : 'light';
}

// Both inputs can change while the page is open: the system setting (evening mode), and the
// override (useThemeOverride, or an embedding page's script), so both are watched.
function subscribe(onChange: () => void): () => void {
  const query = darkQuery();
  query?.addEventListener('change', onChange);
  const observer =
    typeof MutationObserver === 'undefined' || typeof document === 'undefined' ? undefined : new MutationObserver(onChange);
  observer?.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    query?.removeEventListener('change', onChange);
    observer?.disconnect();
  };
}

/**
 * 'light' or 'dark', matching the CSS: for code that must pick colours itself (SVG marks
 * coloured from data). Re-renders when the system setting or the override changes.
 */
export function useColorScheme(): ColorScheme {
  return useSyncExternalStore(subscribe, readScheme, () => 'light');
}

/**
 * Forces a theme on the whole document ('auto' removes any override) while the calling
 * component is mounted; unmounting restores what was there before. A layout effect, so an
 * embed asked for theme=dark never paints one light frame first.
 */
export function useThemeOverride(theme: ThemeChoice): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    const previous = root.dataset.theme;
    if (theme === 'auto') delete root.dataset.theme;
    else root.dataset.theme = theme;
    return () => {
      if (previous === undefined) delete root.dataset.theme;
      else root.dataset.theme = previous;
    };
  }, [theme]);
}
