import type { TimelineEvent } from '../../data/timeline-event.ts';

/**
 * Which event's label wins where not all fit, and which event names a cluster badge:
 * 1. key events (the moments the dataset's authors mark as carrying the story);
 * 2. more people reported killed or injured (the figure a reader looks for first);
 * 3. the earlier event (time order, so the start of a sequence is named).
 * A negative result puts `a` first. The selected event is placed before all of these by the
 * layout (it is pinned), so its label is never the one left out.
 */
export function compareLabelPriority(a: TimelineEvent, b: TimelineEvent): number {
  const key = Number(!!b.key) - Number(!!a.key);
  if (key !== 0) return key;
  const harm = reportedHarm(b) - reportedHarm(a);
  if (harm !== 0) return harm;
  return a.start - b.start || a.stop - b.stop;
}

function reportedHarm(event: TimelineEvent): number {
  const casualties = event.casualties;
  return casualties ? (casualties.killed ?? 0) + (casualties.injured ?? 0) : 0;
}

/** The most important of a group of events (a cluster's name), by the rule above. */
export function leadEvent<T extends TimelineEvent>(events: readonly T[]): T | undefined {
  let lead: T | undefined;
  for (const event of events) if (!lead || compareLabelPriority(event, lead) < 0) lead = event;
  return lead;
}

/** A mark's text on the timeline: its short label, else its title (cut to fit where it is drawn). */
export function labelTextOf(event: TimelineEvent): string {
  return event.label ?? event.title;
}
