import { parseDataset } from '../data/parse-dataset.ts';
import type { Category, TimelineEvent } from '../data/timeline-event.ts';

/** Fixtures for unit tests (explore/ and timeline/): events made by the real parser, then frozen. */
type Json = Record<string, unknown>;

export const TEST_CATEGORIES = [
  { id: 'strike', label: 'Strikes', color: '#0072B2' },
  { id: 'attack', label: 'Attacks', color: '#D55E00' },
  { id: 'diplomacy', label: 'Diplomacy', color: '#009E73' },
];

export function rawEvent(id: string, date: string, overrides: Json = {}): Json {
  return {
    id,
    date,
    title: `Event ${id}`,
    category: 'strike',
    sources: [{ url: 'https://example.org/report', title: 'A report', publisher: 'Example News' }],
    ...overrides,
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

export function loadEvents(events: Json[]): { events: readonly TimelineEvent[]; categories: readonly Category[] } {
  const { dataset, skipped } = parseDataset({ version: 1, title: 'Test', categories: TEST_CATEGORIES, events });
  if (skipped.length) throw new Error(`fixture records skipped: ${JSON.stringify(skipped)}`);
  return deepFreeze({ events: dataset.events, categories: dataset.categories });
}
