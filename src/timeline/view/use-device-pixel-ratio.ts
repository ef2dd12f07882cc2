import { useSyncExternalStore } from 'react';

/**
 * The screen's device pixel ratio, kept current when the window moves to another screen or
 * the page is zoomed, so the canvas backing store stays sharp. A media query on the current
 * ratio fires once it stops matching; each subscription watches one ratio and is removed.
 */
function read(): number {
  return typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
}

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
  let query = window.matchMedia(`(resolution: ${read()}dppx)`);
  const listener = () => {
    query.removeEventListener('change', listener);
    query = window.matchMedia(`(resolution: ${read()}dppx)`);
    query.addEventListener('change', listener);
    onChange();
  };
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

export function useDevicePixelRatio(): number {
  return useSyncExternalStore(subscribe, read, () => 1);
}
