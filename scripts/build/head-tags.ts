import { escapeHtml } from '../../src/embed/embed-snippet.ts';

/**
 * Rewriting the <head> of the built index.html: the static pages (static-pages.ts) are that
 * page with their own title and link-preview tags, so a tag they bring replaces the one it
 * stands for rather than adding a second (crawlers read the first).
 */
export type HeadTag =
  | { readonly tag: 'title'; readonly text: string }
  | { readonly tag: 'meta' | 'link'; readonly attrs: Readonly<Record<string, string>> };

export function renderTag(tag: HeadTag): string {
  if (tag.tag === 'title') return `<title>${escapeHtml(tag.text)}</title>`;
  const attrs = Object.entries(tag.attrs).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`);
  return `<${tag.tag}${attrs.join('')} />`;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;

function parseAttributes(tagText: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of tagText.matchAll(ATTRIBUTE)) attrs[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  return attrs;
}

/** What makes two meta/link tags "the same tag", so a new one replaces the old one (an alternate: same type and hreflang). */
function identity(tag: 'meta' | 'link', attrs: Readonly<Record<string, string>>): string | null {
  if (tag === 'meta') {
    const key = attrs.name ?? attrs.property ?? attrs['http-equiv'];
    return key ? `meta:${key.toLowerCase()}` : null;
  }
  const rel = attrs.rel?.toLowerCase();
  if (!rel) return null;
  return rel === 'alternate' ? `link:alternate:${attrs.type ?? ''}:${attrs.hreflang ?? ''}` : `link:${rel}`;
}

/**
 * The page with its head rewritten: the new tags go where the <title> was, or right after it
 * when they bring no title of their own (so the charset, CSP and viewport stay first and the
 * scripts after), and any existing tag they stand for
 * (same meta name/property, same link rel) is removed. The body is untouched.
 */
export function rewriteHead(html: string, tags: readonly HeadTag[]): string {
  const headEnd = html.search(/<\/head>/i);
  if (headEnd < 0) throw new Error('rewriteHead: the page has no </head>');
  let head = html.slice(0, headEnd);
  const replaced = new Set<string>();
  for (const tag of tags) {
    const key = tag.tag === 'title' ? null : identity(tag.tag, tag.attrs);
    if (key) replaced.add(key);
  }
  const strip = (part: string) =>
    part.replace(/[ \t]*<(meta|link)\b[^>]*>[ \t]*\r?\n?/gi, (whole, name: string) => {
      const key = identity(name.toLowerCase() as 'meta' | 'link', parseAttributes(whole));
      return key && replaced.has(key) ? '' : whole;
    });
  const title = /([ \t]*)<title[\s>][\s\S]*?<\/title>[ \t]*\r?\n?/i.exec(head);
  const block = tags.map((tag) => `${title?.[1] ?? '    '}${renderTag(tag)}\n`).join('');
  if (title) {
    const kept = tags.some((tag) => tag.tag === 'title') ? '' : title[0];
    head = strip(head.slice(0, title.index)) + kept + block + strip(head.slice(title.index + title[0].length));
  } else {
    // No <title> to stand in for: the tags go last, before the indentation of </head>.
    head = strip(head).replace(/[ \t]*$/, (space) => block + space);
  }
  return head + html.slice(headEnd);
}
