import { describe, expect, it } from 'vitest';
import { embedSnippet, escapeHtml } from './embed-snippet.ts';

describe('embedSnippet', () => {
  it('gives the iframe and the host script, both from the site root', () => {
    expect(
      embedSnippet({
        siteUrl: 'https://example.org/timeline/',
        path: 'embed/events/us-strike-baghdad-abu-taqwa',
        frameTitle: 'US drone strike in Baghdad – timeline',
      }),
    ).toBe(
      '<iframe src="https://example.org/timeline/embed/events/us-strike-baghdad-abu-taqwa" ' +
        'title="US drone strike in Baghdad – timeline" width="100%" height="600" style="border:0" loading="lazy"></iframe>' +
        '<script async src="https://example.org/timeline/embed.js"></script>',
    );
  });

  it('works with a base path instead of an absolute root and joins slashes once', () => {
    const snippet = embedSnippet({ siteUrl: '/sub/path', path: '/embed', frameTitle: 'All events – timeline' });
    expect(snippet).toContain('<iframe src="/sub/path/embed" title="All events – timeline"');
    expect(snippet).toContain('<script async src="/sub/path/embed.js"></script>');
  });

  it('escapes the title and the query string in attributes', () => {
    const snippet = embedSnippet({
      siteUrl: 'https://example.org/',
      path: 'embed/events/x?from=2024-01-01&to=2024-01-31',
      frameTitle: '"><script>alert(1)</script> & \'quotes\' – timeline',
    });
    expect(snippet).toContain('src="https://example.org/embed/events/x?from=2024-01-01&amp;to=2024-01-31"');
    expect(snippet).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;quotes&#39; – timeline"');
    // Exactly one real script element: the host script.
    expect(snippet.match(/<script/g)).toHaveLength(1);
  });
});

describe('escapeHtml', () => {
  it('escapes the five special characters and nothing else', () => {
    expect(escapeHtml(`</title><script>alert(1)</script>`)).toBe('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml(`a & b "c" 'd' – é`)).toBe('a &amp; b &quot;c&quot; &#39;d&#39; – é');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});
