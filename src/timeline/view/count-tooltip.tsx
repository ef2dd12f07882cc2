import { formatDayOf } from '../../data/format-date.ts';
import { tn } from '../../i18n/translate.ts';
import { useLaterMessages } from '../../i18n/use-later-messages.ts';

const TOOLTIP_WIDTH = 220;
const DAY = 24 * 60 * 60 * 1000;

/** A day range in words: "4 Jan 2024", or "4 Jan 2024 – 9 Jan 2024" (the end is exclusive). */
function dayRange(from: number, to: number): string {
  const first = formatDayOf(from);
  const last = formatDayOf(Math.max(from, to - 1));
  return first === last || to - from < DAY / 2 ? first : `${first} – ${last}`;
}

/**
 * Hover help for what the canvas draws as a count (a density column or a cluster badge): how
 * many events, when, and that a click zooms in. Pointer-only, like the mark tooltip.
 */
export function CountTooltip(props: { count: number; from: number; to: number; x: number; y: number; width: number }) {
  const { count, from, to, x, y, width } = props;
  // Shown on hover, in words from the later messages.
  const words = useLaterMessages();
  const left = Math.min(Math.max(x + 12, 4), Math.max(width - TOOLTIP_WIDTH - 4, 4));
  if (!words) return null;
  return (
    <div className="timeline-tooltip" style={{ left, top: y + 14 }} aria-hidden="true">
      <div className="timeline-tooltip__date">{dayRange(from, to)}</div>
      <div className="timeline-tooltip__title">{tn('cluster.tooltip', count)}</div>
    </div>
  );
}
