import { useEffect, useState } from 'react';

/**
 * The canvas path (drawing, hit-testing, the quadtree) is only needed for big datasets, so it
 * is not part of the JavaScript the page loads before its first draw. It is fetched once the
 * browser is idle after start-up, usually while a big dataset is still downloading. Not
 * React.lazy: a component that suspends is revealed only after Suspense's fallback throttle
 * (about 300 ms), even when its code is already here; this renders it at once when it is.
 */
type CanvasModule = typeof import('./canvas-layer.tsx');

let loaded: CanvasModule | undefined;
let loading: Promise<CanvasModule> | undefined;
const load = () => (loading ??= import('./canvas-layer.tsx').then((module) => (loaded = module)));

/** With more events than this, some view will likely need the canvas: fetch its code early. */
export const LIKELY_CANVAS_EVENTS = 300;

/** Starts fetching the canvas code (idempotent), e.g. as soon as a load says how many records it has. */
export function preloadCanvasLayer(): void {
  if (!loading) void load().catch(() => (loading = undefined));
}

if (typeof window !== 'undefined') {
  const prefetch = () => void load().catch(() => (loading = undefined));
  if ('requestIdleCallback' in window) window.requestIdleCallback(prefetch, { timeout: 2000 });
  else setTimeout(prefetch, 200);
}

/**
 * The CanvasLayer component once its code is here, else undefined; `failed` when it cannot be
 * fetched (offline, or a new deploy replaced the file), so the view can fall back to SVG.
 * Loading starts when the canvas is `likely` (many events) or `needed`.
 */
export function useCanvasLayer(needed: boolean, likely: boolean): { Layer?: CanvasModule['CanvasLayer']; failed: boolean } {
  const [failed, setFailed] = useState(false);
  const [, setReady] = useState(false);
  // Started during render, like React's own preload(): idempotent, and as early as it can be.
  if (likely) preloadCanvasLayer();
  useEffect(() => {
    if (!needed || loaded) return;
    let current = true;
    load().then(
      () => current && setReady(true),
      () => {
        loading = undefined;
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [needed]);
  return { Layer: loaded?.CanvasLayer, failed: failed && !loaded };
}
