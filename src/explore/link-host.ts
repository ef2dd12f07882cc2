/**
 * The host a link really goes to, as a reader knows it: "foxnews.com" for
 * https://www.foxnews.com/world/…, so the panel can print it beside the publisher's name and
 * nobody has to hover to see where a link leads. Internationalised names stay as the URL parser
 * gives them (punycode, "xn--…"): the form that cannot imitate another site's letters.
 */
export function linkHost(href: string): string {
  const host = new URL(href).hostname;
  return host.startsWith('www.') ? host.slice(4) : host;
}

/**
 * The Wayback Machine's list of its snapshots of a page: a search, not a checked copy (it may
 * hold none), so the panel words it as "Look for an archived copy".
 */
export function waybackLookupUrl(href: string): string {
  return `https://web.archive.org/web/*/${href}`;
}
