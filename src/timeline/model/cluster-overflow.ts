import type { Category } from '../../data/timeline-event.ts';
import { leadEvent } from './label-priority.ts';
import type { ClusterMark, LaneBand, LayoutOptions } from './layout-types.ts';
import type { Candidate } from './row-packing.ts';

/** Groups the marks that found no row into count badges, one per crowded spot. */
export function clusterOverflow(overflow: readonly Candidate[], category: Category, band: LaneBand, options: LayoutOptions): ClusterMark[] {
  const sorted = [...overflow].sort((a, b) => a.x - b.x);
  const groups: Candidate[][] = [];
  for (const candidate of sorted) {
    const last = groups.at(-1);
    if (last && candidate.x - last[0]!.x < options.markRadius * 4) last.push(candidate);
    else groups.push([candidate]);
  }
  // Badges sit on the lane's bottom edge, under the stacked rows they continue.
  const y = band.y + band.height - options.lanePadding / 2;
  return groups.map((group) => {
    // Loops, not Math.min(...spread): a group can hold thousands of events.
    let from = Infinity;
    let to = -Infinity;
    for (const { event } of group) {
      from = Math.min(from, event.start);
      to = Math.max(to, event.stop);
    }
    const events = group.map((candidate) => candidate.event);
    return {
      key: `${category.id}:${group[0]!.event.id}`,
      category: category.id,
      x: group[0]!.x,
      y,
      eventIds: events.map((event) => event.id),
      lead: leadEvent(events)!,
      from,
      to,
      color: category.color,
    };
  });
}
