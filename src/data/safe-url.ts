/**
 * The only gate between data and an `href`: a string becomes a link target when the URL
 * parser, not a regex, says its scheme is http or https. `new URL()` strips the whitespace and
 * control characters that browsers ignore, so "java\tscript:" or " JAVASCRIPT:" cannot pass.
 * An address with user info is refused too: in "https://www.foxnews.com@evil.example/" the
 * part a reader takes for the site is a user name, and the link goes to evil.example.
 */
export function safeHttpUrl(candidate: unknown, base?: string): string | null {
  if (typeof candidate !== 'string') return null;
  try {
    const url = new URL(candidate, base);
    if (url.username !== '' || url.password !== '') return null;
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The host an address really leads to when it carries user info (the dataset checks name it
 * in their report); undefined for an address without any, or one that does not parse.
 */
export function userInfoHost(candidate: string): string | undefined {
  try {
    const url = new URL(candidate);
    return url.username !== '' || url.password !== '' ? url.host : undefined;
  } catch {
    return undefined;
  }
}
