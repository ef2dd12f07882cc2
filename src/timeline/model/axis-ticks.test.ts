import { scaleUtc } from 'd3-scale';
import { utcDay, utcHour } from 'd3-time';
import { afterEach, describe, expect, it } from 'vitest';
import { ar } from '../../i18n/messages-ar.ts';
import { en } from '../../i18n/messages-en.ts';
import { setActiveCatalogue } from '../../i18n/translate.ts';
import { computeAxisTicks, computeDayGrid, type AxisTick } from './axis-ticks.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const scale = (from: number, to: number, width: number) => scaleUtc().domain([from, to]).range([0, width]);

function expectWithinRange(ticks: readonly AxisTick[], width: number) {
  for (const tick of ticks) {
    expect(tick.x).toBeGreaterThanOrEqual(0);
    expect(tick.x).toBeLessThanOrEqual(width);
  }
}

const mentionsMonth = (label: string) => MONTHS.some((month) => label.includes(month));

it('runs in a time zone that is not UTC (so the zone-independence tests mean something)', () => {
  // vitest.config.ts sets TZ=America/New_York: midnight UTC on 4 Jan is still 3 Jan there.
  expect(new Date(Date.UTC(2024, 0, 4)).getDate()).toBe(3);
});

describe('computeAxisTicks over four months', () => {
  const from = Date.UTC(2023, 9, 7);
  const to = Date.UTC(2024, 1, 7);
  const ticks = computeAxisTicks(scale(from, to, 1000));

  it('gives weekly ticks', () => {
    expect(ticks.length).toBeGreaterThanOrEqual(8);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.key - ticks[i - 1]!.key).toBe(7 * DAY);
  });

  it('labels the first tick with its month, then days, then the month again when it changes', () => {
    expect(ticks.slice(0, 6).map((tick) => tick.label)).toEqual(['8 Oct', '15', '22', '29', '5 Nov', '12']);
  });

  it('names the month whenever it changes between ticks, and marks that tick major', () => {
    for (let i = 1; i < ticks.length; i++) {
      const previous = new Date(ticks[i - 1]!.key);
      const current = new Date(ticks[i]!.key);
      const newMonth = previous.getUTCMonth() !== current.getUTCMonth();
      expect(mentionsMonth(ticks[i]!.label), ticks[i]!.label).toBe(newMonth);
      expect(ticks[i]!.major).toBe(newMonth);
    }
    expect(ticks[0]!.major).toBe(false);
  });

  it('places every tick at its time, inside the range', () => {
    const s = scale(from, to, 1000);
    for (const tick of ticks) expect(tick.x).toBeCloseTo(s(new Date(tick.key)), 6);
    expectWithinRange(ticks, 1000);
  });

  it('has unique keys in increasing order', () => {
    const keys = ticks.map((tick) => tick.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort((a, b) => a - b)).toEqual(keys);
  });
});

describe('computeAxisTicks with a weekly tick on the first of a month', () => {
  // d3's weekly ticks fall on Sundays; 1 Oct 2023 was a Sunday.
  const ticks = computeAxisTicks(scale(Date.UTC(2023, 9, 1), Date.UTC(2024, 1, 1), 1000));

  it('labels it as month and year, as a major tick', () => {
    expect(ticks[0]!.key).toBe(Date.UTC(2023, 9, 1));
    expect(ticks[0]!.label).toBe('Oct 2023');
    expect(ticks[0]!.major).toBe(true);
    expect(ticks[1]!.label).toBe('8');
  });
});

describe('computeAxisTicks over three days', () => {
  const from = Date.UTC(2024, 0, 3);
  const to = Date.UTC(2024, 0, 6);
  const ticks = computeAxisTicks(scale(from, to, 1000));

  it('gives hour ticks, with the day named at each midnight', () => {
    expect(ticks.length).toBeGreaterThanOrEqual(6);
    expect(ticks[1]!.key - ticks[0]!.key).toBeLessThan(DAY);
    for (const tick of ticks) {
      const midnight = tick.key % DAY === 0;
      if (midnight) expect(tick.label).toMatch(/^\d{1,2} [A-Z][a-z]{2}$/);
      else expect(tick.label).toMatch(/^\d{2}:\d{2}$/);
    }
  });

  it('labels the ticks in UTC wall-clock time, not the local time zone', () => {
    const byKey = new Map(ticks.map((tick) => [tick.key, tick]));
    // 00:00Z on 4 Jan is 19:00 on 3 Jan in New York: it must still read "4 Jan".
    expect(byKey.get(Date.UTC(2024, 0, 4))?.label).toBe('4 Jan');
    expect(byKey.get(Date.UTC(2024, 0, 4))?.major).toBe(true);
    expect(byKey.get(Date.UTC(2024, 0, 4, 6))?.label).toBe('06:00');
    expect(byKey.get(Date.UTC(2024, 0, 4, 12))?.label).toBe('12:00');
    expect(byKey.get(Date.UTC(2024, 0, 3))?.label).toBe('3 Jan');
    expect(byKey.get(Date.UTC(2024, 0, 3))?.major).toBe(false); // the first tick has nothing before it
    expect(byKey.get(Date.UTC(2024, 0, 3, 18))?.label).toBe('18:00');
  });

  it('keeps every tick inside the range', () => {
    expectWithinRange(ticks, 1000);
  });
});

describe('computeAxisTicks across the New York DST change', () => {
  it('still puts hour ticks on UTC hours and the day at UTC midnight', () => {
    // DST starts in New York at 2024-03-10 02:00 local.
    const ticks = computeAxisTicks(scale(Date.UTC(2024, 2, 9), Date.UTC(2024, 2, 12), 1000));
    for (const tick of ticks) expect(tick.key % HOUR).toBe(0);
    const midnight = ticks.find((tick) => tick.key === Date.UTC(2024, 2, 10));
    expect(midnight?.label).toBe('10 Mar');
    const labels = ticks.map((tick) => tick.label);
    expect(labels).toContain('11 Mar');
  });
});

describe('computeAxisTicks over five years', () => {
  const from = Date.UTC(2019, 0, 1);
  const to = Date.UTC(2024, 0, 1);

  it('gives year ticks on a narrow axis', () => {
    const ticks = computeAxisTicks(scale(from, to, 400));
    expect(ticks.map((tick) => tick.label)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);
    for (const tick of ticks) expect(tick.major).toBe(true);
    expectWithinRange(ticks, 400);
  });

  it('gives month ticks with the year on each new year on a wide axis', () => {
    const ticks = computeAxisTicks(scale(from, to, 1000));
    // Quarters 50 px apart: "Jan 2019" needs about that much, so April's tick keeps its line and loses its label.
    expect(ticks.map((tick) => tick.label).slice(0, 6)).toEqual(['Jan 2019', '', 'Jul', 'Oct', 'Jan 2020', '']);
    expect(ticks[0]!.major).toBe(false);
    expect(ticks[4]!.major).toBe(true);
    expect(ticks[5]!.major).toBe(false);
    expectWithinRange(ticks, 1000);
  });

  it('labels every quarter where there is room for the year', () => {
    expect(computeAxisTicks(scale(from, to, 1400)).map((tick) => tick.label).slice(0, 6)).toEqual(['Jan 2019', 'Apr', 'Jul', 'Oct', 'Jan 2020', 'Apr']);
  });

  it('gives year ticks for twenty years on a wide axis', () => {
    const ticks = computeAxisTicks(scale(Date.UTC(2000, 0, 1), Date.UTC(2020, 0, 1), 1000));
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (const tick of ticks) expect(tick.label).toMatch(/^\d{4}$/);
  });
});

describe('computeAxisTicks spacing', () => {
  it('gives fewer ticks when asked for more room between them', () => {
    const s = scale(Date.UTC(2023, 9, 7), Date.UTC(2024, 1, 7), 1000);
    expect(computeAxisTicks(s, 300).length).toBeLessThan(computeAxisTicks(s, 84).length);
  });

  it('works on a range that does not start at 0', () => {
    const s = scaleUtc().domain([Date.UTC(2024, 0, 3), Date.UTC(2024, 0, 6)]).range([100, 900]);
    const ticks = computeAxisTicks(s);
    expect(ticks.length).toBeGreaterThan(0);
    for (const tick of ticks) {
      expect(tick.x).toBeGreaterThanOrEqual(100);
      expect(tick.x).toBeLessThanOrEqual(900);
    }
  });
});

describe('computeDayGrid', () => {
  it('draws a line per day when zoomed to weeks', () => {
    const from = Date.UTC(2024, 0, 1);
    const s = scale(from, Date.UTC(2024, 0, 31), 900);
    const lines = computeDayGrid(s);
    expect(lines).toHaveLength(30);
    expect(lines[0]).toBeCloseTo(0, 6);
    expect(lines[1]).toBeCloseTo(30, 6);
  });

  it('draws a line every six hours over three days or less', () => {
    const s = scale(Date.UTC(2024, 0, 3), Date.UTC(2024, 0, 6), 1200);
    const lines = computeDayGrid(s);
    expect(lines).toHaveLength(12);
    expect(lines[1]! - lines[0]!).toBeCloseTo(100, 6);
  });

  it('puts the day lines at UTC midnight, not local midnight', () => {
    const from = Date.UTC(2024, 0, 1, 12);
    const s = scale(from, Date.UTC(2024, 0, 11, 12), 1000);
    const lines = computeDayGrid(s);
    // The first line is 2 Jan 00:00 UTC, half a day (50 px) in.
    expect(lines[0]).toBeCloseTo(50, 6);
  });

  it('returns no lines when there would be more than maxLines', () => {
    const s = scale(Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1), 1000);
    expect(computeDayGrid(s)).toEqual([]); // 365 > 200
    expect(computeDayGrid(s, 400)).toHaveLength(365);
    const month = scale(Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 31), 900);
    expect(computeDayGrid(month, 29)).toEqual([]);
    expect(computeDayGrid(month, 30)).toHaveLength(30);
  });

  it('gives what listing every line gives, for spans on both sides of the limit', () => {
    const listed = (from: number, to: number, maxLines: number) => {
      const interval = to - from <= 3 * DAY ? utcHour.every(6)! : utcDay;
      const lines = interval.range(new Date(from), new Date(to));
      return lines.length > maxLines ? [] : lines.map((date) => scale(from, to, 1000)(date));
    };
    const from = Date.UTC(2024, 0, 1, 7, 30);
    for (const maxLines of [5, 12, 200]) {
      for (let hours = 1; hours <= 24 * 260; hours += 7) {
        const to = from + hours * HOUR;
        expect(computeDayGrid(scale(from, to, 1000), maxLines), `${hours} h, at most ${maxLines}`).toEqual(listed(from, to, maxLines));
      }
    }
  });
});

describe('computeAxisTicks in Arabic, where month names are long', () => {
  afterEach(() => setActiveCatalogue('en', en));
  // The overview's weekly ticks over four months, 10 px labels (the /make preview's width).
  const ticksAt = (width: number) => {
    setActiveCatalogue('ar', ar);
    return computeAxisTicks(scale(Date.UTC(2023, 9, 7), Date.UTC(2024, 1, 7), width), 110, 10);
  };
  const estimatedWidth = (label: string) => [...label].length * 10 * 0.56;

  it('blanks the labels that would run into the next one, keeping every tick', () => {
    const ticks = ticksAt(1000);
    expect(ticks.length).toBeGreaterThanOrEqual(8);
    const shown = ticks.filter((tick) => tick.label !== '');
    expect(shown.length).toBeLessThan(ticks.length);
    for (let i = 1; i < shown.length; i++) expect(shown[i]!.x - shown[i - 1]!.x).toBeGreaterThanOrEqual(estimatedWidth(shown[i - 1]!.label));
  });

  it('keeps the stronger line of a month boundary on its own tick, even where its label is blank', () => {
    // Weekly ticks on a narrow axis from 23 Oct: 5 Nov's label would run into "29 تشرين الأول".
    setActiveCatalogue('ar', ar);
    const ticks = computeAxisTicks(scale(Date.UTC(2023, 9, 23), Date.UTC(2023, 11, 2), 400));
    expect(ticks.map((tick) => tick.label)).toEqual(['29 تشرين الأول', '', '12 تشرين الثاني', '', '26']);
    for (let i = 1; i < ticks.length; i++) {
      const newMonth = new Date(ticks[i - 1]!.key).getUTCMonth() !== new Date(ticks[i]!.key).getUTCMonth();
      expect(ticks[i]!.major, new Date(ticks[i]!.key).toISOString()).toBe(newMonth);
    }
  });

  it('names the month on the first label shown after it changes, even where that tick was blanked', () => {
    const shown = ticksAt(1000).filter((tick) => tick.label !== '');
    for (let i = 1; i < shown.length; i++) {
      const newMonth = new Date(shown[i - 1]!.key).getUTCMonth() !== new Date(shown[i]!.key).getUTCMonth();
      expect(/[\u0600-\u06FF]/.test(shown[i]!.label), shown[i]!.label).toBe(newMonth);
    }
  });

  it('gives way to the month: every month the ticks cross is named on the axis', () => {
    const ticks = ticksAt(1000);
    const months = new Set(ticks.map((tick) => new Date(tick.key).getUTCMonth()));
    const named = new Set(ticks.filter((tick) => /[\u0600-\u06FF]/.test(tick.label)).map((tick) => new Date(tick.key).getUTCMonth()));
    expect(named).toEqual(months);
  });
});
