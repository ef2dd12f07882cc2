import { startTransition, useCallback, useState } from 'react';

/**
 * The width of an element, kept current with a ResizeObserver. Returns a callback ref so the
 * observer follows the element when React mounts, swaps or removes it (and is disconnected).
 *
 * A new width is a transition: what it re-renders (the timeline's whole layout, on the first
 * measure) is rendered in slices that yield to the browser, instead of synchronously inside the
 * commit that mounted the element, which was the page's longest task (README, "Lighthouse").
 */
export function useElementWidth<T extends HTMLElement>(): [(element: T | null) => void, number] {
  const [width, setWidth] = useState(0);
  const ref = useCallback((element: T | null) => {
    if (!element) return;
    const measured = element.getBoundingClientRect().width;
    startTransition(() => setWidth(measured));
    const observer = new ResizeObserver(([entry]) => {
      if (entry) startTransition(() => setWidth(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
