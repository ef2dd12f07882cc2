import { useEffect } from 'react';

export const RESIZE_MESSAGE_TYPE = 'conflict-timeline:resize';

/**
 * Inside an iframe, tells the host page how tall the embed's content is, on load and whenever
 * it changes, so public/embed.js can size the iframe to fit (no inner scrollbar, no gap).
 * Only the height is sent: nothing about the reader or the view leaves the frame.
 */
export function useResizeReporter(enabled: boolean) {
  useEffect(() => {
    if (!enabled || window.parent === window) return;
    const root = document.getElementById('root');
    if (!root) return;
    let lastHeight = -1;
    // The content's own height, not the document's: that never drops below the iframe's.
    const report = () => {
      const height = Math.ceil(root.getBoundingClientRect().height);
      if (height === lastHeight) return;
      lastHeight = height;
      window.parent.postMessage({ type: RESIZE_MESSAGE_TYPE, height }, '*');
    };
    const observer = new ResizeObserver(report);
    observer.observe(root);
    report();
    return () => observer.disconnect();
  }, [enabled]);
}
