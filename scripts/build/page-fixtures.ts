import { contentSecurityPolicy } from './static-pages.ts';
import type { Site } from './link-preview.ts';

// What the static-pages tests share: a built index.html, sites with and without SITE_URL, an
// event, and text that tries to break out of a title or an attribute.

export const HOSTILE = `</title><script>alert(1)</script> "quoted" & 'single'`;

// The shape of Vite's built index.html (after the CSP is added).
export const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="The app's own description." />
    <link rel="icon" href="data:," />
    <title>Conflict timeline</title>
    <script type="module" crossorigin src="/sub/assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="/sub/assets/index-abc.css">
  </head>
  <body>
    <div id="root">
      <div class="app"><section class="timeline-section" aria-busy="true"></section></div>
    </div>
    <noscript>This timeline needs JavaScript.</noscript>
  </body>
</html>
`;

export const SITE: Site = { base: '/timeline/', siteUrl: 'https://example.org/timeline/', datasetTitle: 'Escalation, 2023–24' };
export const NO_SITE_URL: Site = { base: '/timeline/', datasetTitle: 'Escalation, 2023–24' };

/** The same site's Arabic pages, in a site written in English and Arabic. */
export const ARABIC_SITE: Site = { ...SITE, datasetTitle: 'التصعيد، 2023–2024', language: 'ar', languages: ['en', 'ar'] };

export const EVENT = {
  id: 'us-strike-baghdad-abu-taqwa',
  title: 'US drone strike in Baghdad kills Nujaba leader "Abu Taqwa"',
  summary: 'A short summary.',
};

export const ARABIC_EVENT = {
  id: EVENT.id,
  title: 'ضربة بطائرة مسيّرة أمريكية في بغداد تقتل قائد النجباء «أبو تقوى»',
  summary: 'ملخص قصير.',
};

/** The head's tags as [name-or-property-or-rel, value] pairs, for readable assertions. */
export function metaOf(html: string, key: string): string | undefined {
  const tag = [...html.matchAll(/<(?:meta|link)\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`"${key}"`));
  return tag && /(?:content|href)="([^"]*)"/.exec(tag)?.[1];
}

/** The href of the page's `<link rel="alternate" hreflang=…>` for a language (or x-default). */
export function hreflangOf(html: string, language: string): string | undefined {
  const tag = html.match(/<link rel="alternate" hreflang="[^"]*"[^>]*>/g)?.find((t) => t.includes(`hreflang="${language}"`));
  return tag && /href="([^"]*)"/.exec(tag)?.[1];
}
