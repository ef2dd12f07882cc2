/**
 * The only gate between data and an `href`: a string becomes a link target when the URL
 * parser, not a regex, says its scheme is http or https. `new URL()` strips the whitespace and
 * control characters that browsers ignore, so "java\tscript:" or " JAVASCRIPT:" cannot pass.
 */
export function safeHttpUrl(candidate: unknown, base?: string): string | null {
  if (typeof candidate !== 'string') return null;
  try {
    const url = new URL(candidate, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
