import type { AxisTick } from '../model/axis-ticks.ts';
import type { LaneBand } from '../model/lane-layout.ts';
import { isRightToLeft } from '../../i18n/translate.ts';

interface TimelineAxisProps {
  readonly lanes: readonly LaneBand[];
  readonly ticks: readonly AxisTick[];
  readonly dayGrid: readonly number[];
  readonly width: number;
  /** Bottom of the lanes. */
  readonly bottom: number;
  readonly axisHeight: number;
  readonly labelHeight: number;
}

/**
 * What lies under the marks, in SVG in both render modes: lane bands, gridlines, time axis and
 * lane names. Decoration for screen readers (the marks carry dates and titles themselves).
 */
export function TimelineAxis({ lanes, ticks, dayGrid, width, bottom, axisHeight, labelHeight }: TimelineAxisProps) {
  // Right to left, a tick's label reads leftwards from it, over the later time it begins.
  const rtl = isRightToLeft();
  return (
    <>
      {lanes.map((lane, index) => (
        <rect key={lane.category.id} className={`lane-band${index % 2 ? ' lane-band--odd' : ''}`} x={0} y={lane.y} width={width} height={lane.height} />
      ))}
      <g aria-hidden="true">
        {/* Keyed by position in the list, not by x: x changes every frame of a pan, and new keys
            would make React remove and re-create every line each frame instead of moving it. */}
        {dayGrid.map((x, index) => (
          <line key={index} className="grid-line" x1={x} x2={x} y1={axisHeight} y2={bottom} />
        ))}
        {ticks.map((tick) => (
          <g key={tick.key} className={`axis-tick${tick.major ? ' axis-tick--major' : ''}`} transform={`translate(${tick.x},0)`}>
            <line y1={axisHeight - 8} y2={bottom} />
            <text x={rtl ? -4 : 4} y={axisHeight - 12}>
              {tick.label}
            </text>
          </g>
        ))}
        {lanes.map((lane) => (
          <text key={lane.category.id} className="lane-label" x={rtl ? width - 6 : 6} y={lane.y + labelHeight}>
            {lane.category.label}
          </text>
        ))}
      </g>
    </>
  );
}
