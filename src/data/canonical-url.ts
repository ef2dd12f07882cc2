/**
 * An address already in the exact form the URL parser gives back: lower-case http(s) scheme
 * and host name (not a number, so no IPv4 rewriting), no port, a path of characters the parser
 * keeps as they are and no dot segments, an optional query of the same, no fragment. Such a
 * string is its own `href`, so the parser can be skipped: at 100,000 records it costs tens of
 * milliseconds. Anything else goes through `new URL()` (safeHttpUrl). Only the
 * dataset checks use it, so it stays out of the page's first bundle; the page still passes
 * every link through safeHttpUrl when it draws the anchor.
 */
const CANONICAL_HTTP_URL = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\/[\w\-.~!$&()*+,;=:@/]*(?:\?[\w\-.~!$&()*+,;=:@/?]*)?$/;
const DOT_SEGMENT = /\/\.\.?(?:[/?]|$)/;

export function isCanonicalHttpUrl(candidate: string): boolean {
  // Punycode labels are checked by the parser (a bad one is an error), so they go through it.
  return CANONICAL_HTTP_URL.test(candidate) && !DOT_SEGMENT.test(candidate) && !candidate.includes('xn--');
}
