/**
 * The embed code readers paste into an article, shared by the app's Share → Embed panel and
 * the build's oEmbed files (scripts/build/link-preview.ts), so both always give the same snippet.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/** The iframe's fixed height: embed.js resizes it to fit, and without the script it stays. */
export const EMBED_HEIGHT = 600;

export interface EmbedSnippetOptions {
  /** The app's root: an absolute URL (https://example.org/timeline/) or the base path (/timeline/). */
  readonly siteUrl: string;
  /** An in-app embed path relative to the root, query included: "embed/events/<id>?theme=dark". */
  readonly path: string;
  /**
   * The iframe's title, what a screen reader names the frame by: what it shows, in the language
   * of the page the code was copied from ("<title> – timeline", share-links.ts).
   */
  readonly frameTitle: string;
}

/**
 * `<iframe src="<root><path>" title="<frameTitle>" …></iframe><script async
 * src="<root>embed.js"></script>`, every attribute value escaped.
 */
export function embedSnippet({ siteUrl, path, frameTitle }: EmbedSnippetOptions): string {
  const root = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const src = root + path.replace(/^\/+/, '');
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(frameTitle)}" width="100%" ` +
    `height="${EMBED_HEIGHT}" style="border:0" loading="lazy"></iframe>` +
    `<script async src="${escapeHtml(`${root}embed.js`)}"></script>`
  );
}
