import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/seeded-random.ts';
import { isCanonicalHttpUrl } from './canonical-url.ts';
import { safeHttpUrl } from './safe-url.ts';

describe('isCanonicalHttpUrl (the shortcut past the URL parser)', () => {
  const parsedHref = (candidate: string) => {
    try {
      return new URL(candidate).href;
    } catch {
      return null;
    }
  };

  it('takes the usual article address, and every source in the real dataset is one', () => {
    expect(isCanonicalHttpUrl('https://www.reuters.com/world/middle-east/some-story-2024-01-04/')).toBe(true);
    const urls = [...readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8').matchAll(/"url": "([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(50);
    for (const url of urls) if (isCanonicalHttpUrl(url)) expect(parsedHref(url)).toBe(url);
    expect(urls.filter(isCanonicalHttpUrl).length).toBeGreaterThan(urls.length * 0.8);
  });

  it.each([
    'HTTPS://example.org/', 'https://Example.org/', 'https://example.org', 'https://example.org:443/', 'https://127.0.0.1/',
    'https://1.2/x', 'https://0x7f.1/', 'https://example.org/a/../b', 'https://example.org/./a', 'https://example.org/a/..',
    'https://example.org/a b', 'https://example.org/a#frag', 'https://example.org/\\a', 'https://xn--zz.org/', ' https://example.org/',
    'https://example.org/%2e%2e/', "https://example.org/?q='x'", 'https://example.org./', 'https://ex ample.org/', 'javascript://example.org/',
  ])('leaves %s to the parser', (candidate) => {
    expect(isCanonicalHttpUrl(candidate)).toBe(false);
  });

  it('never takes a string whose parsed href differs: 20,000 random addresses', () => {
    const random = seededRandom(11);
    const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const pieces = ['a', 'Z', '0', '-', '.', '..', '/', '//', '?', '=', '&', '%', '%2e', '#', ' ', '\\', ':', '@', "'", '"', '~', '_', '!', '(', 'é', 'xn--', '\t'];
    let taken = 0;
    for (let i = 0; i < 20_000; i++) {
      const host = pick(['example.org', 'a.b-c.io', 'EXAMPLE.org', '1.2.3.4', 'localhost', 'x', 'a..b', 'a-.com', 'example.org.', 'xn--p1ai']);
      let rest = '/';
      for (let n = Math.floor(random() * 8); n > 0; n--) rest += pick(pieces);
      const candidate = `${pick(['http', 'https', 'HTTP'])}://${host}${pick(['', ':80', ':443', ''])}${rest}`;
      if (!isCanonicalHttpUrl(candidate)) continue;
      taken++;
      expect(parsedHref(candidate), candidate).toBe(candidate);
      expect(safeHttpUrl(candidate)).toBe(candidate);
    }
    expect(taken).toBeGreaterThan(1_000);
  });
});
