import { slugify } from '../data/slugify.ts';
import type { TimeWindow } from '../view-store/view-state.ts';

export type ExportFormat = 'csv' | 'json' | 'svg' | 'png';

const DAY = 24 * 60 * 60 * 1000;

function day(ms: number): string {
  return new Date(Math.floor(ms / DAY) * DAY).toISOString().slice(0, 10);
}

/**
 * "attacks-on-us-forces-in-iraq-and-syria-2023-10-07-to-2024-02-08.csv": the dataset and the
 * days shown, so several exports sort and read well in a downloads folder. The window's
 * `to` is exclusive, so its last day is the one before.
 */
export function exportFileName(title: string, window: TimeWindow, format: ExportFormat): string {
  // Cut at a word boundary: file names over ~60 characters get truncated by some systems.
  const name = slugify(title, 48, 'word') || 'timeline';
  return `${name}-${day(window.from)}-to-${day(window.to - 1)}.${format}`;
}
