/**
 * The dense profile's event days (bench/generate-dataset.ts, `profile: 'dense'`): 120 days of an
 * active war rather than five years of a conflict log. A quiet base rate, one busy stretch (about
 * days 40 to 75, where the rate is several times the base) and a dozen burst days, most of them in
 * that stretch, each carrying many times an ordinary day's events: at 100,000 events the busy
 * days hold hundreds of events and the burst days thousands. Pure and seeded.
 */
export const DENSE_DAYS = 120;

const DAY = 24 * 60 * 60 * 1000;

/** Relative weight of each of the 120 days. */
export function denseDayWeights(random: () => number): number[] {
  const weights = Array.from({ length: DENSE_DAYS }, (_, day) => {
    const busy = Math.exp(-(((day - 57) / 12) ** 2));
    return 1 + 7 * busy + 0.5 * random();
  });
  for (let burst = 0; burst < 12; burst++) {
    // Two thirds of the bursts fall in the busy stretch.
    const day = random() < 0.67 ? 40 + Math.floor(random() * 35) : Math.floor(random() * DENSE_DAYS);
    weights[day]! += 10 + 20 * random();
  }
  return weights;
}

/** `count` event times (ms, sorted): each day drawn by its weight, the time of day uniform. */
export function denseEventTimes(random: () => number, count: number, first: number): number[] {
  const weights = denseDayWeights(random);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const cumulative: number[] = [];
  let sum = 0;
  for (const weight of weights) cumulative.push((sum += weight) / total);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    let day = cumulative.findIndex((edge) => roll < edge);
    if (day < 0) day = DENSE_DAYS - 1;
    // Whole minutes, so the date text written for it round-trips.
    times.push(first + day * DAY + Math.floor(random() * 24 * 60) * 60_000);
  }
  return times.sort((a, b) => a - b);
}
