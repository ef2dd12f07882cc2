import { describe, expect, it } from 'vitest';
import { parseCheckLinksOptions } from './check-links-options.ts';

describe('parseCheckLinksOptions', () => {
  it('defaults to 6 at a time and a 10 s timeout, in text', () => {
    expect(parseCheckLinksOptions(['data.json'])).toEqual({ source: 'data.json', json: false, concurrency: 6, timeoutMs: 10_000 });
  });

  it('reads the flags, before or after the file, with a space or "="', () => {
    expect(parseCheckLinksOptions(['--json', '--concurrency', '2', 'https://x.example/d.json', '--timeout=500'])).toEqual({
      source: 'https://x.example/d.json',
      json: true,
      concurrency: 2,
      timeoutMs: 500,
    });
  });

  it.each([
    [[], 'no dataset named'],
    [['a.json', 'b.json'], 'name one dataset'],
    [['a.json', '--concurrency', '0'], '--concurrency needs a whole number from 1 to 64'],
    [['a.json', '--concurrency'], '--concurrency needs a whole number from 1 to 64'],
    [['a.json', '--timeout', '1.5'], '--timeout needs a whole number from 1 to 600,000'],
    [['a.json', '--verbose'], 'unknown option --verbose'],
  ])('%j is a usage error: %s', (args, problem) => {
    expect(parseCheckLinksOptions(args)).toBe(problem);
  });
});
