import { describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/seeded-random.ts';
import { formatCount } from './format-count.ts';

describe('formatCount', () => {
  it('writes what toLocaleString("en-GB") writes', () => {
    const random = seededRandom(4);
    const values = [0, 1, 9, 10, 999, 1000, 1001, 12345, 100000, 999999, 1000000, 123456789, -1, -1000, -1234567, Number.MAX_SAFE_INTEGER, 2.5, 1234.5, -0.75];
    for (let i = 0; i < 2000; i++) values.push(Math.floor((random() - 0.2) * 10 ** Math.floor(random() * 12)));
    for (const value of values) expect(formatCount(value), String(value)).toBe(value.toLocaleString('en-GB'));
  });

  it('groups thousands with commas', () => {
    expect(formatCount(100000)).toBe('100,000');
  });
});
