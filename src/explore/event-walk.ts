import type { TimelineEvent } from '../data/timeline-event.ts';
import type { TimeWindow } from '../view-store/view-state.ts';

/**
 * Walking the shown (filtered) events in time order: Previous/Next in the panel and the
 * `[`/`]` keys. The selected event may itself be hidden by the filters (a deep link, or a
 * filter changed after selecting); its neighbours are then the shown events around its date.
 */

function before(a: TimelineEvent, b: TimelineEvent): boolean {
  return a.start < b.start || (a.start === b.start && a.stop < b.stop);
}

export interface Neighbours {
  readonly previous?: TimelineEvent;
  readonly next?: TimelineEvent;
  /** Its place among the shown events, or -1 when the filters hide it. */
  readonly index: number;
}

export function neighboursOf(shown: readonly TimelineEvent[], selected: TimelineEvent): Neighbours {
  const index = shown.findIndex((event) => event.id === selected.id);
  if (index !== -1) return { previous: shown[index - 1], next: shown[index + 1], index };
  let previous: TimelineEvent | undefined;
  let next: TimelineEvent | undefined;
  for (const event of shown) {
    if (before(event, selected)) previous = event;
    else if (!next && before(selected, event)) next = event;
  }
  return { previous, next, index: -1 };
}

/**
 * The selection a key acts on: the view store's now (`id`), not necessarily the one the last
 * render showed (`rendered`). A step changes the store at once and the screen renders it after;
 * a key pressed in between must walk on from the step before it, not repeat it. Steps land on
 * shown events, so `id` is looked up among them; an id found nowhere (an event the filters
 * hide) leaves `rendered`.
 */
export function selectionNow(
  id: string | undefined,
  rendered: TimelineEvent | undefined,
  shown: readonly TimelineEvent[],
): TimelineEvent | undefined {
  if (id === undefined) return undefined;
  if (id === rendered?.id) return rendered;
  return shown.find((event) => event.id === id) ?? rendered;
}

/**
 * The event a step lands on. With nothing selected, `]` starts at the first event in view and
 * `[` at the last one, so the walk begins where the reader is looking.
 */
export function stepTarget(
  shown: readonly TimelineEvent[],
  selected: TimelineEvent | undefined,
  by: -1 | 1,
  window: TimeWindow,
): TimelineEvent | undefined {
  if (selected) {
    const { previous, next } = neighboursOf(shown, selected);
    return by === 1 ? next : previous;
  }
  if (by === 1) return shown.find((event) => event.stop > window.from) ?? shown.at(-1);
  return shown.findLast((event) => event.start < window.to) ?? shown[0];
}

export type ExploreKeyAction = 'focus-search' | 'clear' | 'previous' | 'next' | 'first' | 'last';

interface KeyLike {
  readonly key: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

/** The screen's own keys (the timeline plot has its own map in timeline-keys.ts). */
export function exploreKeyAction(event: KeyLike): ExploreKeyAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case '/':
      return 'focus-search';
    case 'Escape':
      return 'clear';
    case '[':
      return 'previous';
    case ']':
      return 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}
