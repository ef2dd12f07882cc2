import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset.ts';
import { parseDataset } from '../../src/data/parse-dataset.ts';

const DAY = 86_400_000;
const dayOf = (date: string) => Math.floor(Date.parse(date.length === 7 ? `${date}-01` : date) / DAY);

describe('the dense profile', () => {
  it('gives the same bytes for the same count and seed, and other bytes for another seed', () => {
    const a = JSON.stringify(generateDataset({ count: 2000, profile: 'dense' }));
    expect(JSON.stringify(generateDataset({ count: 2000, profile: 'dense' }))).toBe(a);
    expect(JSON.stringify(generateDataset({ count: 2000, profile: 'dense', seed: 2 }))).not.toBe(a);
  });

  it('puts every event within 120 days, sorted, with busy days of hundreds at 100,000 events', () => {
    const { events } = generateDataset({ count: 100_000, profile: 'dense' });
    const first = Date.parse('2019-01-01T00:00:00Z') / DAY;
    const days = events.map((event) => dayOf(event.date) - first);
    expect(Math.min(...days)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...days)).toBeLessThan(120);
    const perDay = new Map<number, number>();
    for (const day of days) perDay.set(day, (perDay.get(day) ?? 0) + 1);
    const counts = [...perDay.values()].sort((x, y) => x - y);
    // Bursts: the busiest day holds several times the median day, and hundreds of events.
    expect(counts.at(-1)!).toBeGreaterThan(4 * counts[Math.floor(counts.length / 2)]!);
    expect(counts.filter((count) => count >= 300).length).toBeGreaterThan(20);
    const times = events.filter((event) => event.date.length > 10).map((event) => Date.parse(event.date));
    expect(times.every((time, i) => i === 0 || time >= times[i - 1]!)).toBe(true);
  });

  it('spreads the default profile over five years, as before', () => {
    const { events } = generateDataset({ count: 1000 });
    expect(dayOf(events.at(-1)!.date) - dayOf(events[0]!.date)).toBeGreaterThan(4 * 365);
  });

  it('writes valid records that our parser accepts', () => {
    const result = parseDataset(generateDataset({ count: 3000, profile: 'dense' }));
    expect(result.skipped).toEqual([]);
    expect(result.dataset.events).toHaveLength(3000);
  });
});
