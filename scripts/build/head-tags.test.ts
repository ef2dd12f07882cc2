import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/embed/embed-snippet.ts';
import { rewriteHead, type HeadTag } from './head-tags.ts';
import { eventHeadTags } from './link-preview.ts';
import { EVENT, HOSTILE, INDEX_HTML, metaOf, SITE } from './page-fixtures.ts';

describe('escapeHtml', () => {
  it('neutralises a hostile title for text and attributes', () => {
    expect(escapeHtml(HOSTILE)).toBe('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39;');
  });

  it('leaves ordinary text, including non-ASCII, alone', () => {
    expect(escapeHtml('Tower 22 – Jordan · 28 Jan')).toBe('Tower 22 – Jordan · 28 Jan');
  });
});

describe('rewriteHead', () => {
  it('replaces the title and same-named tags, keeps the rest and the order', () => {
    const tags: HeadTag[] = [
      { tag: 'title', text: 'New title' },
      { tag: 'meta', attrs: { name: 'description', content: 'New description' } },
      { tag: 'meta', attrs: { property: 'og:title', content: 'New title' } },
    ];
    const html = rewriteHead(INDEX_HTML, tags);
    expect(html).toContain('<title>New title</title>');
    expect(html).not.toContain('Conflict timeline');
    expect(html).not.toContain("The app's own description");
    expect(html.match(/name="description"/g)).toHaveLength(1);
    expect(metaOf(html, 'og:title')).toBe('New title');
    // The charset, CSP and viewport stay first; the scripts stay after; the body is untouched.
    const order = ['<meta charset', 'Content-Security-Policy', 'name="viewport"', '<title>New title', 'og:title', '<script type="module"', '</head>'];
    const positions = order.map((text) => html.indexOf(text));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html.slice(html.indexOf('</head>'))).toBe(INDEX_HTML.slice(INDEX_HTML.indexOf('</head>')));
    expect(html).toContain('    <title>New title</title>\n    <meta name="description" content="New description" />\n');
  });

  it('escapes hostile text so nothing breaks out of the title or an attribute', () => {
    const html = rewriteHead(INDEX_HTML, eventHeadTags({ ...EVENT, title: HOSTILE, summary: HOSTILE }, SITE));
    expect(html).not.toContain('<script>alert(1)');
    expect(html.match(/<script\b/g)).toHaveLength(1); // only the app's module script
    expect(html.match(/<\/title>/g)).toHaveLength(1);
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39; · ');
    expect(metaOf(html, 'og:title')).toBe(escapeHtml(HOSTILE));
    // Every attribute value is a well-formed double-quoted string: no stray quotes.
    for (const tag of html.match(/<(?:meta|link)\b[^>]*>/g) ?? []) {
      expect(tag).toMatch(/^<(meta|link)(\s+[a-z:-]+(="[^"<>]*")?)+\s*\/?>$/);
    }
  });

  it('keeps the title when the tags bring none, and puts them after it', () => {
    const html = rewriteHead(INDEX_HTML, [{ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } }]);
    expect(html).toContain('<title>Conflict timeline</title>\n    <meta name="robots" content="noindex" />\n    <script');
  });

  it('appends to a head without a title, and refuses a page without a head end', () => {
    const html = rewriteHead('<html><head>\n  <meta charset="utf-8">\n  </head><body></body></html>', [{ tag: 'title', text: 'T' }]);
    expect(html).toBe('<html><head>\n  <meta charset="utf-8">\n    <title>T</title>\n  </head><body></body></html>');
    expect(() => rewriteHead('<p>no head</p>', [])).toThrow(/no <\/head>/);
  });
});
