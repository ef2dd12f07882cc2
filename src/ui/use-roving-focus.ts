import { useRef, useState, type KeyboardEvent } from 'react';

/**
 * Where ←/→ (and Home/End) move in a row of `count` items from `index`: the WAI-ARIA toolbar
 * keys, wrapping at the ends as the screen's tabs do. Undefined for any other key.
 */
export function rovingTarget(key: string, index: number, count: number): number | undefined {
  if (count <= 0) return undefined;
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * A roving tabindex over a row of `count` controls: one tab stop (the last one focused, else the
 * first), and the arrow keys between them. Put `onKeyDown` on the row and `itemProps(i)` on
 * each control.
 */
export function useRovingFocus<T extends HTMLElement>(count: number) {
  const [current, setCurrent] = useState(0);
  const items = useRef<(T | null)[]>([]);
  // The row can shrink (another dataset): the stop stays on a control that exists.
  const stop = Math.min(current, Math.max(count - 1, 0));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = rovingTarget(event.key, stop, count);
    if (target === undefined) return;
    // Handled here: the page's own Home/End (first/last event) check defaultPrevented and stay out.
    event.preventDefault();
    setCurrent(target);
    items.current[target]?.focus();
  };

  const itemProps = (index: number) => ({
    ref: (element: T | null) => {
      items.current[index] = element;
    },
    tabIndex: index === stop ? 0 : -1,
    // A click or a screen reader's cursor moves the stop too, so Tab comes back to it.
    onFocus: () => setCurrent(index),
  });

  return { onKeyDown, itemProps };
}
