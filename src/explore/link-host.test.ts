import { describe, expect, it } from 'vitest';
import { linkHost, waybackLookupUrl } from './link-host.ts';

describe('linkHost', () => {
  it('names the site a link goes to, without www', () => {
    expect(linkHost('https://www.foxnews.com/world/us-strike-baghdad')).toBe('foxnews.com');
    expect(linkHost('https://apnews.com/article/x')).toBe('apnews.com');
  });

  it('shows a look-alike name in its punycode form', () => {
    // "аpnews.com" with a Cyrillic а is not apnews.com, and the reader must see that.
    expect(linkHost('https://\u0430pnews.com/article')).toBe('xn--pnews-3ve.com');
  });
});

describe('waybackLookupUrl', () => {
  it('asks the Wayback Machine for its snapshots of the page', () => {
    expect(waybackLookupUrl('https://example.org/a?b=1')).toBe('https://web.archive.org/web/*/https://example.org/a?b=1');
  });
});
