import { formatEventDate } from '../../data/format-date.ts';
import type { PlacedMark } from '../model/lane-layout.ts';

const TOOLTIP_WIDTH = 260;

/** Hover help: date and title beside the mark, kept inside the plot. Pointer-only (marks have names). */
export function TimelineTooltip({ mark, width }: { mark: PlacedMark; width: number }) {
  const left = Math.min(Math.max(mark.x + 12, 4), Math.max(width - TOOLTIP_WIDTH - 4, 4));
  return (
    <div className="timeline-tooltip" style={{ left, top: mark.y + 14 }} aria-hidden="true">
      <div className="timeline-tooltip__date">{formatEventDate(mark.event.date, mark.event.end, mark.event.approximate)}</div>
      <div className="timeline-tooltip__title" dir="auto">
        {mark.event.title}
      </div>
    </div>
  );
}
