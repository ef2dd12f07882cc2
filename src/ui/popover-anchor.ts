import type { CSSProperties } from 'react';

/** Which edge of its button a popover lines up with: its start edge (left, or right in right-to-left pages) or its end. */
export type PopoverAlign = 'start' | 'end';

export interface AnchorBox {
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
}

/** The button's edge the popover lines up with, and its bottom, in whole viewport pixels. */
export interface AnchorPoint {
  readonly x: number;
  readonly bottom: number;
}

export function anchorPoint(button: AnchorBox, align: PopoverAlign, rtl = false): AnchorPoint {
  const left = (align === 'start') !== rtl;
  return { x: Math.round(left ? button.left : button.right), bottom: Math.round(button.bottom) };
}

/** The same point, or `previous` itself: scroll events repeat positions, and state keeps its identity. */
export function nextAnchor(previous: AnchorPoint | undefined, next: AnchorPoint): AnchorPoint {
  return previous && previous.x === next.x && previous.bottom === next.bottom ? previous : next;
}

/**
 * The point as the custom properties popover.css places a popover by (it is fixed in the top
 * layer). The CSS keeps it on screen from the popover's declared width, so nothing needs
 * measuring before the browser shows it.
 */
export function anchorStyle(point: AnchorPoint | undefined): CSSProperties | undefined {
  return point && ({ '--anchor-x': `${point.x}px`, '--anchor-bottom': `${point.bottom}px` } as CSSProperties);
}
