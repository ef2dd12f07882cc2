/**
 * Deterministic synthetic datasets in our format (version 1), for the benchmark and the scale
 * end-to-end test: the same count and seed always give the same bytes. Pure (no Node APIs), so
 * both a Node script and a Playwright test can import it.
 *
 * Shape, roughly like a real conflict log over five years: six categories of unequal weight, a
 * rate that rises and falls in waves, same-day bursts (a wave of strikes, a day of attacks), a
 * few spans (campaigns, talks), some approximate or month-only dates and some timed events.
 */
import { seededRandom } from '../src/testing/seeded-random.ts';
import { DENSE_DAYS, denseEventTimes } from './dense-days.ts';

export interface GenerateOptions {
  readonly count: number;
  readonly seed?: number;
  /** First day, YYYY-MM-DD (default 2019-01-01); events fall over `years` from it. */
  readonly start?: string;
  readonly years?: number;
  /** 'spread' (default): five years, as above; 'dense': 120 days with bursts (dense-days.ts). */
  readonly profile?: BenchProfile;
}

export type BenchProfile = 'spread' | 'dense';

const DAY = 24 * 60 * 60 * 1000;

export const BENCH_CATEGORIES = [
  { id: 'attack-on-forces', label: 'Attacks on forces', color: '#D55E00', weight: 0.34 },
  { id: 'air-strike', label: 'Air strikes', color: '#0072B2', weight: 0.24 },
  { id: 'other-strike', label: 'Other strikes', color: '#E69F00', weight: 0.16 },
  { id: 'diplomacy', label: 'Diplomacy', color: '#009E73', weight: 0.12 },
  { id: 'casualty-report', label: 'Casualty reports', color: '#CC79A7', weight: 0.09 },
  { id: 'milestone', label: 'Milestones', color: '#555555', weight: 0.05 },
] as const;

const PLACES = [
  ['Al-Qaim', 'Iraq'], ['Erbil', 'Iraq'], ['Baghdad', 'Iraq'], ['Ain al-Asad', 'Iraq'], ['Deir ez-Zor', 'Syria'],
  ['Al-Tanf', 'Syria'], ['Hasakah', 'Syria'], ['Tower 22', 'Jordan'], ['Hodeidah', 'Yemen'], ['Sanaa', 'Yemen'],
] as const;
const ACTIONS: Record<string, readonly string[]> = {
  'attack-on-forces': ['Drone attack on base near', 'Rocket fire at outpost in', 'One-way drone intercepted over'],
  'air-strike': ['Air strike on depot near', 'Strike on command site in', 'Precision strike on convoy near'],
  'other-strike': ['Shelling reported in', 'Missile launch towards', 'Artillery exchange near'],
  diplomacy: ['Talks held on security in', 'Envoy visits', 'Statement condemns strike in'],
  'casualty-report': ['Casualties confirmed after attack in', 'Names released of those killed in', 'Hospital reports injured from'],
  milestone: ['Deployment announced to', 'Ceasefire declared around', 'Operation begins near'],
};

export { seededRandom } from '../src/testing/seeded-random.ts';

const pad = (value: number) => String(value).padStart(2, '0');
const dayText = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function pick<T extends { readonly weight: number }>(items: readonly T[], roll: number): T {
  let sum = 0;
  for (const item of items) if (roll < (sum += item.weight)) return item;
  return items.at(-1)!;
}

/** Event days: waves of activity over the period, plus same-day bursts (about 8% of events). */
function eventDays(random: () => number, count: number, first: number, days: number): number[] {
  const result: number[] = [];
  while (result.length < count) {
    const day = Math.floor(random() * days);
    // Rejection sampling against a rate that swells and fades three times over the period.
    const rate = 0.35 + 0.65 * Math.sin((day / days) * Math.PI * 3) ** 2;
    if (random() > rate) continue;
    const burst = random() < 0.006 ? 5 + Math.floor(random() * 35) : 1;
    for (let i = 0; i < burst && result.length < count; i++) result.push(first + day * DAY);
  }
  return result.sort((a, b) => a - b);
}

export function generateDataset({ count, seed = 1, start = '2019-01-01', years = 5, profile = 'spread' }: GenerateOptions) {
  const random = seededRandom(seed);
  const first = Date.parse(`${start}T00:00:00Z`);
  const dense = profile === 'dense';
  const days = dense ? DENSE_DAYS : Math.round(years * 365.25);
  const times = dense ? denseEventTimes(random, count, first) : eventDays(random, count, first, days);
  const events = times.map((time, index) => {
    // Dense events keep their time of day (most of a busy day's reports carry one).
    const day = dense ? time - (time % DAY) : time;
    const category = pick(BENCH_CATEGORIES, random());
    const [place, country] = PLACES[Math.floor(random() * PLACES.length)]!;
    const actions = ACTIONS[category.id]!;
    const action = actions[Math.floor(random() * actions.length)]!;
    const roll = random();
    let date = dayText(day);
    let end: string | undefined;
    if (roll < 0.01) end = dayText(day + (2 + Math.floor(random() * 60)) * DAY);
    else if (roll < 0.02) date = date.slice(0, 7);
    else if (dense && roll < 0.7) date = `${new Date(time).toISOString().slice(0, 16)}Z`;
    else if (roll < 0.12) date += `T${pad(Math.floor(random() * 24))}:${pad(Math.floor(random() * 60))}+03:00`;
    return {
      id: `ev-${index + 1}`,
      date,
      ...(end ? { end } : {}),
      ...(random() < 0.03 ? { approximate: true } : {}),
      title: `${action} ${place}`,
      summary: `Synthetic event ${index + 1}: ${action.toLowerCase()} ${place}, ${country}. Reported by one outlet.`,
      category: category.id,
      ...(random() < 0.6 ? { place: { name: place, country, precision: 'town' } } : {}),
      sources: [{ url: `https://example.org/reports/${index + 1}`, title: `Report ${index + 1}`, publisher: 'Example Wire' }],
    };
  });
  return {
    version: 1 as const,
    title: `Synthetic conflict log (${count.toLocaleString('en-GB')} events)`,
    description: `Generated for benchmarking: seed ${seed}, ${dense ? `${DENSE_DAYS} days (dense)` : `${years} years`} from ${start}.`,
    updated: dayText(first + days * DAY),
    categories: BENCH_CATEGORIES.map(({ id, label, color }) => ({ id, label, color })),
    events,
  };
}

export type GeneratedDataset = ReturnType<typeof generateDataset>;

export interface DenseOptions {
  readonly count: number;
  readonly seed?: number;
  /** First day, YYYY-MM-DD (default 2024-01-01); events fall over `days` days from it. */
  readonly start?: string;
  readonly days?: number;
  /** Events per batch: never more than this many records exist at once. */
  readonly batch?: number;
}

/**
 * The dense profile: `count` events over 120 days, a war's pace, with bursts (about one day in
 * ten has three to eight times the usual rate). Yields the records in time order, a batch at a
 * time, so ten million events can be written out (as Parquet) without holding them all. A
 * quarter of the events carry a time of day, in order within their day.
 */
export function* generateDenseBatches({ count, seed = 1, start = '2024-01-01', days = 120, batch = 50_000 }: DenseOptions): Generator<Record<string, unknown>[]> {
  const random = seededRandom(seed);
  const first = Date.parse(`${start}T00:00:00Z`);
  const weights = Array.from({ length: days }, (_, day) => (0.5 + Math.sin((day / days) * Math.PI * 2) ** 2) * (random() < 0.1 ? 3 + random() * 5 : 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  let made = 0;
  let pending: Record<string, unknown>[] = [];
  for (let day = 0; day < days; day++) {
    const n = day === days - 1 ? count - made : Math.min(count - made, Math.round((weights[day]! / sum) * count));
    const date = dayText(first + day * DAY);
    const timed = Array.from({ length: Math.round(n / 4) }, () => Math.floor(random() * 24 * 60)).sort((a, b) => a - b);
    for (let i = 0; i < n; i++) {
      const index = made + i + 1;
      const minute = i < n - timed.length ? undefined : timed[i - (n - timed.length)]!;
      const category = pick(BENCH_CATEGORIES, random());
      const [place, country] = PLACES[Math.floor(random() * PLACES.length)]!;
      const action = ACTIONS[category.id]![Math.floor(random() * 3)]!;
      pending.push({
        id: `ev-${index}`,
        date: minute === undefined ? date : `${date}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}Z`,
        title: `${action} ${place}`,
        summary: `Synthetic event ${index}: ${action.toLowerCase()} ${place}, ${country}.`,
        category: category.id,
        ...(random() < 0.6 ? { place: { name: place, country, precision: 'town' } } : {}),
        sources: [{ url: `https://example.org/reports/${index}`, title: `Report ${index}`, publisher: 'Example Wire' }],
      });
      if (pending.length === batch) {
        yield pending;
        pending = [];
      }
    }
    made += n;
  }
  if (pending.length > 0) yield pending;
}

/** The dense profile's header (everything but the events). */
export function denseHeader(count: number) {
  return {
    version: 1 as const,
    title: `Synthetic dense conflict log (${count.toLocaleString('en-GB')} events over 120 days)`,
    description: 'Generated for benchmarking: the dense profile, a war’s pace with bursts.',
    categories: BENCH_CATEGORIES.map(({ id, label, color }) => ({ id, label, color })),
  };
}
