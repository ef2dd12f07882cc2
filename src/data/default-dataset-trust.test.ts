import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES } from './claim-status.ts';
import { parseDataset } from './parse-dataset.ts';

// Issue 14 on the default dataset: a claim status for every event, an edition, a licence and
// a truthful record of changes whose events all exist.

const json = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as { events: { id: string; status?: string }[] };
const { dataset, skipped, warnings } = parseDataset(json);

describe('the default dataset (trust)', () => {
  it('loads with no record skipped and no warning', () => {
    expect(skipped).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('gives every event one of the four statuses', () => {
    const missing = json.events.filter((event) => !CLAIM_STATUSES.includes(event.status as never)).map((event) => event.id);
    expect(missing).toEqual([]);
    expect(dataset.events.every((event) => event.status !== undefined)).toBe(true);
  });

  it('has a revision, publisher, licence with its address, and changes newest first', () => {
    expect(dataset.revision).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(dataset.publisher).toBeTruthy();
    expect(dataset.license).toBe('CC-BY-4.0');
    expect(dataset.licenseUrl).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(dataset.changes.length).toBeGreaterThan(10);
    expect(dataset.changes.at(-1)!.summary).toMatch(/^First edition/);
  });

  it('marks every event a change names as updated on or after that change', () => {
    const byId = new Map(dataset.events.map((event) => [event.id, event]));
    for (const change of dataset.changes.filter((item) => item.date.text === dataset.revision)) {
      for (const id of change.events) expect(byId.get(id)?.updated?.text, id).toBe(change.date.text);
    }
  });

  it('keeps the corrections of issue 14 §6', () => {
    const byId = new Map(dataset.events.map((event) => [event.id, event]));
    expect(byId.get('iraq-condemns-abu-taqwa-strike')!.summary).toContain('unprovoked');
    expect(byId.get('iraq-condemns-abu-taqwa-strike')!.summary).not.toContain('unwarranted');
    expect(byId.get('thaad-patriot-deploy')!.status).toBe('reported');
    expect(byId.get('tower-22-drone-attack')!.place!.precision).not.toBe('exact');
    expect(byId.get('us-strikes-85-targets')!.date.text).toBe('2024-02-03T00:00+03:00');
    expect(byId.get('us-strike-baghdad-abu-taqwa')!.sources.map((source) => source.publisher)).toContain('Daily Sabah');
    expect(byId.get('kerman-bombings')!.casualties!.note).not.toMatch(/95|103/);
    const point = dataset.series[0]!.points.find((item) => item.date.text === '2024-01-22')!;
    expect(point.qualifier).toBe('more-than');
  });
});
