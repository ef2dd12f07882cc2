import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The default dataset as written: the raw records, not what the parser makes of them. */
type RawEvent = { id: string; date: string; sources: { url: string }[] };
type RawPoint = { date: string; value: number; qualifier?: string; note?: string; source?: { url: string } };
type RawDataset = { title: string; events: RawEvent[]; series: { note?: string; points: RawPoint[] }[] };

const dataset = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as RawDataset;

/**
 * Section A of the research team's facts-2024.md (9 Feb – 31 Dec 2024), id and date as written
 * there: every row is verified, so every row is in the dataset. Copied here because the research
 * folder is not part of the repository; where the table gives two dates, the first.
 */
const FACTS_2024_ROWS: readonly (readonly [string, string])[] = [
  ['pentagon-lull-casualties-feb13', '2024-02-13'],
  ['militia-pause-reported-feb27', '2024-02-27'],
  ['eilat-drone-apr1', '2024-04-01'],
  ['iran-attack-israel-apr13', '2024-04-13'],
  ['sudani-white-house-apr15', '2024-04-15'],
  ['kalsu-base-blast-apr20', '2024-04-20'],
  ['zummar-rockets-rumalyn-apr21', '2024-04-21'], // section C: the rockets on 21 Apr…
  ['asad-drones-apr22', '2024-04-22'], // …and the Ain al-Asad drones on 22 Apr
  ['asad-drones-jul16', '2024-07-16'],
  ['jscd-pentagon-jul22', '2024-07-22'],
  ['asad-rockets-jul25', '2024-07-25'],
  ['us-strike-musayib-jul30', '2024-07-30'],
  ['asad-rockets-aug5', '2024-08-05'],
  ['rumalyn-drone-aug9', '2024-08-09'],
  ['iraq-postpones-coalition-announcement-aug15', '2024-08-15'],
  ['nujaba-ends-truce-aug20', '2024-08-20'],
  ['baghdad-airport-rockets-sep10', '2024-09-10'], // not 11 Sep (section C)
  ['us-iraq-coalition-transition-sep27', '2024-09-27'],
  ['conoco-drone-sep28', '2024-09-28'],
  ['asad-drawdown-reported-sep30', '2024-09-30'],
  ['victory-base-rockets-oct1', '2024-10-01'],
  ['iran-missiles-israel-oct1', '2024-10-01'],
  ['golan-drone-from-iraq-oct4', '2024-10-04'],
  ['iri-drone-claims-golan-eilat-oct27', '2024-10-27'],
  ['attacks-al-omar-nov10', '2024-11-10'],
  ['us-strikes-syria-nov11', '2024-11-11'],
  ['us-strike-syria-nov12', '2024-11-12'], // not 13 Nov (section C)
  ['us-strike-syria-nov26', '2024-11-26'],
  ['us-strike-rocket-rail-nov29', '2024-11-29'],
  ['us-strike-mss-euphrates-dec3', '2024-12-03'],
  ['pentagon-syria-troops-2000-dec19', '2024-12-19'],
];

const byId = new Map(dataset.events.map((event) => [event.id, event]));
const series = dataset.series[0]!;

describe('the default dataset through 2024', () => {
  it('has every row of facts-2024.md section A, on the date the table gives', () => {
    expect(FACTS_2024_ROWS).toHaveLength(31);
    const missing = FACTS_2024_ROWS.filter(([id]) => !byId.has(id)).map(([id]) => id);
    expect(missing).toEqual([]);
    for (const [id, date] of FACTS_2024_ROWS) expect(byId.get(id)!.date.slice(0, 10), id).toBe(date);
  });

  it('cites one to three sources for each of them, never the same one twice', () => {
    for (const [id] of FACTS_2024_ROWS) {
      const urls = byId.get(id)!.sources.map((source) => source.url);
      expect(urls.length, id).toBeGreaterThanOrEqual(1);
      expect(urls.length, id).toBeLessThanOrEqual(3);
      expect(new Set(urls).size, id).toBe(urls.length);
    }
  });

  it('says in its title that it runs from Oct 2023 to Dec 2024', () => {
    expect(dataset.title).toMatch(/Oct 2023 – Dec 2024/);
  });

  it('ends the Pentagon count at its last statement and says no running total followed', () => {
    const last = series.points.at(-1)!;
    expect(last.date).toBe('2024-04-23');
    expect(last.qualifier).toBe('approx');
    expect(series.note).toMatch(/no running total after February 2024/);
    // Each statement keeps who made it and, from 2024 on, where it was reported.
    for (const point of series.points.filter((point) => point.date >= '2024')) {
      expect(point.note, point.date).toBeTruthy();
      expect(point.source?.url, point.date).toMatch(/^https?:\/\//);
    }
  });
});
