import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedDataset } from '../../bench/generate-dataset.ts';

/**
 * The peers the benchmark compares with: vis-timeline and TimelineJS, installed into
 * bench/node_modules from bench/package.json (never the app's dependencies), and the same
 * generated events converted to each one's own format.
 */
export const PEERS = {
  vis: { name: 'vis-timeline', page: '/peers/vis.html', target: '.vis-panel.vis-center', packages: ['vis-timeline', 'vis-data'] },
  timelinejs: { name: 'TimelineJS', page: '/peers/timelinejs.html', target: '.tl-timenav', packages: ['@knight-lab/timelinejs'] },
} as const;

export type PeerId = keyof typeof PEERS;

/** Installs the peers when one is missing (npm install --prefix bench); returns their versions. */
export function ensurePeers(benchDir: string): Record<string, string> {
  const modules = join(benchDir, 'node_modules');
  const all = Object.values(PEERS).flatMap((peer) => peer.packages);
  if (all.some((name) => !existsSync(join(modules, name, 'package.json')))) {
    console.log('bench: installing peers into bench/node_modules (npm install --prefix bench)…');
    execSync('npm install --prefix bench --no-audit --no-fund', { cwd: join(benchDir, '..'), stdio: 'inherit' });
  }
  return Object.fromEntries(
    all.map((name) => [name, (JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')) as { version: string }).version]),
  );
}

type GeneratedEvent = GeneratedDataset['events'][number];

/** vis-timeline: one group per category, items with the title as (text) content. */
export function toVis(dataset: GeneratedDataset) {
  return {
    groups: dataset.categories.map((category) => ({ id: category.id, content: category.label })),
    items: dataset.events.map((event: GeneratedEvent) => ({
      id: event.id,
      content: event.title,
      start: event.date,
      ...('end' in event && event.end ? { end: event.end } : {}),
      group: event.category,
    })),
  };
}

/** "2019-01-03T06:24+03:00" → TimelineJS's date object (year, month, day, hour, minute). */
function timelineJsDate(text: string) {
  const [day, time] = text.split('T');
  const [year, month, date] = day!.split('-');
  const [hour, minute] = time ? time.slice(0, 5).split(':') : [];
  return { year, ...(month ? { month } : {}), ...(date ? { day: date } : {}), ...(hour ? { hour, minute } : {}) };
}

/** TimelineJS: one slide per event, the category label as its group. */
export function toTimelineJs(dataset: GeneratedDataset) {
  const labels = new Map(dataset.categories.map((category) => [category.id, category.label]));
  return {
    events: dataset.events.map((event: GeneratedEvent) => ({
      unique_id: event.id,
      start_date: timelineJsDate(event.date),
      ...('end' in event && event.end ? { end_date: timelineJsDate(event.end) } : {}),
      text: { headline: event.title, text: event.summary },
      group: labels.get(event.category),
    })),
  };
}
