import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedDataset } from '../../bench/generate-dataset.ts';

/**
 * The peers the benchmark compares with: vis-timeline and TimelineJS, installed into
 * bench/node_modules from bench/package.json (never the app's dependencies), and the same
 * generated events converted to each one's own format; and the naive d3 canvas page
 * (bench/peers/naive-canvas.html), the floor for our first draw, which reads our own JSON.
 */
export const PEERS = {
  vis: { name: 'vis-timeline', page: '/peers/vis.html', target: '.vis-panel.vis-center', packages: ['vis-timeline', 'vis-data'], ownFormat: true },
  timelinejs: { name: 'TimelineJS', page: '/peers/timelinejs.html', target: '.tl-timenav', packages: ['@knight-lab/timelinejs'], ownFormat: true },
  naive: { name: 'naive d3 canvas', page: '/peers/naive-canvas.html', target: '#root canvas', packages: [], ownFormat: false },
} as const;

export type PeerId = keyof typeof PEERS;

/** `--peers=naive,vis` → those ids, in PEERS order; throws on an unknown one. */
export function peerIds(list: string | undefined, fallback: readonly PeerId[]): PeerId[] {
  if (list === undefined) return [...fallback];
  const asked = list.split(',').filter(Boolean);
  const unknown = asked.filter((id) => !(id in PEERS));
  if (unknown.length) throw new Error(`unknown peer ${unknown.join(', ')}: choose from ${Object.keys(PEERS).join(', ')}`);
  return (Object.keys(PEERS) as PeerId[]).filter((id) => asked.includes(id));
}

/** The naive page's d3: the app's own d3-scale and what it needs, as one classic script. */
export function naiveD3Script(appModules: string): string {
  const parts = ['d3-array', 'd3-color', 'd3-interpolate', 'd3-format', 'd3-time', 'd3-time-format', 'd3-scale'];
  return parts.map((name) => readFileSync(join(appModules, name, 'dist', `${name}.min.js`), 'utf8')).join('\n;\n');
}

/** Installs the peers when one is missing (npm install --prefix bench); returns their versions. */
export function ensurePeers(benchDir: string, ids: readonly PeerId[] = Object.keys(PEERS) as PeerId[]): Record<string, string> {
  const modules = join(benchDir, 'node_modules');
  const all = ids.flatMap((id): readonly string[] => PEERS[id].packages);
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
