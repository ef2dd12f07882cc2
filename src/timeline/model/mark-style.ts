import type { TimelineEvent } from '../../data/timeline-event.ts';

/**
 * How a point mark is painted, from what is known of its event: the canvas paints from this,
 * and the SVG marks carry the same choices as classes (timeline-marks.css: .mark--approximate,
 * .mark--reported, .mark--claimed, .mark--disputed, .mark--key), so both draw one picture.
 *
 * - confirmed, or no status: filled;
 * - reported (not confirmed): a paler fill inside the category's outline;
 * - claimed by a party: hollow, with a dashed outline, as a date that is only approximate is
 *   hollow with a solid one;
 * - disputed: a small dot in the text colour at the mark's upper right, whatever the fill.
 */
export interface MarkStyle {
  readonly fill: 'solid' | 'pale' | 'hollow';
  /** The outline: the page's colour (a gap between touching marks), the category's, or the text's (key events). */
  readonly stroke: 'surface' | 'category' | 'text';
  readonly dashed: boolean;
  readonly disputedDot: boolean;
}

/** The fill opacity of a reported event's mark (timeline-marks.css says the same). */
export const PALE_FILL_OPACITY = 0.4;

/** The disputed dot: its radius, and its centre as a share of the mark's radius (up and right). */
export const DISPUTED_DOT = { radius: 2.25, offset: 0.9 } as const;

export function markStyleOf(event: Pick<TimelineEvent, 'approximate' | 'status' | 'key'>): MarkStyle {
  const hollow = event.approximate || event.status === 'claimed';
  const pale = !hollow && event.status === 'reported';
  return {
    fill: hollow ? 'hollow' : pale ? 'pale' : 'solid',
    // A key event's outline wins (as in the stylesheet, where .mark--key comes last).
    stroke: event.key ? 'text' : hollow || pale ? 'category' : 'surface',
    dashed: event.status === 'claimed',
    disputedDot: event.status === 'disputed',
  };
}
