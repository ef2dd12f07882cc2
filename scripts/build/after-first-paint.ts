import { createHash } from 'node:crypto';
import { escapeHtml } from '../../src/embed/embed-snippet.ts';

/**
 * The app's scripts load after the page's first paint. The built pages paint their loading screen
 * with the dataset's header (loading-header.ts) from the HTML and CSS alone; Vite's tags would ask
 * for the bundle (136 kB gzip) at once, and Lighthouse's simulation then counts that download in
 * the largest paint, which it puts after the bundle on a slow connection: 2.0 s on mobile instead
 * of the 0.8 s of the paint itself (both simulated, README "Lighthouse"). So the build takes the
 * entry's `<script type="module">` and its `<link rel="modulepreload">`s out of the page
 * (takeAppScripts) and a small deferred script of the site's own (APP_LOADER, a file rather than
 * inline so that a Content-Security-Policy header without the head script's hash still runs the
 * app) adds them back in the task after the first paint: a frame later than the parser would have
 * asked for them. A hidden page (a background tab, which paints nothing) asks for them at once.
 */
export interface AppScripts {
  /** The entry's address, as Vite wrote it in the page. */
  readonly entry: string;
  /** What the entry imports, which Vite asked the browser to fetch alongside it. */
  readonly preload: readonly string[];
}

const ENTRY = /^[ \t]*<script type="module" crossorigin src="([^"]+)"><\/script>[ \t]*\r?\n/m;
const PRELOAD = /^[ \t]*<link rel="modulepreload" crossorigin href="([^"]+)">[ \t]*\r?\n/gm;

/** The page without the app's script tags, and what they asked for; undefined where there is no entry. */
export function takeAppScripts(html: string): { readonly html: string; readonly scripts: AppScripts } | undefined {
  const entry = ENTRY.exec(html);
  if (!entry) return undefined;
  const preload = [...html.matchAll(PRELOAD)].map((match) => match[1]!);
  return { html: html.replace(ENTRY, '').replace(PRELOAD, ''), scripts: { entry: entry[1]!, preload } };
}

/**
 * The loader, run deferred (once the document is parsed): from a frame's callback (which runs
 * once the stylesheet is in, just before that frame paints), a task later, it adds the preloads
 * and the entry its own tag names (appLoaderTag).
 */
export const APP_LOADER = `(function (tag) {
  var asked = false;
  var preload = (tag.getAttribute('data-preload') || '').split(' ');
  function add(name, attributes) {
    var element = document.createElement(name);
    element.crossOrigin = '';
    for (var key in attributes) element[key] = attributes[key];
    document.head.appendChild(element);
  }
  function load() {
    if (asked) return;
    if (document.readyState === 'loading') return document.addEventListener('DOMContentLoaded', load);
    asked = true;
    for (var i = 0; i < preload.length; i++) if (preload[i]) add('link', { rel: 'modulepreload', href: preload[i] });
    add('script', { type: 'module', src: tag.getAttribute('data-entry') });
  }
  if (document.visibilityState === 'hidden' || typeof requestAnimationFrame !== 'function') return load();
  document.addEventListener('visibilitychange', load);
  requestAnimationFrame(function () { setTimeout(load, 0); });
})(document.currentScript);
`;

/** The loader's file in the build, named by its content like Vite's assets (cached for good). */
export function appLoaderFile(): { readonly fileName: string; readonly content: string } {
  const hash = createHash('sha256').update(APP_LOADER).digest('base64url').slice(0, 8);
  return { fileName: `assets/load-app-${hash}.js`, content: APP_LOADER };
}

/** The head's tag that runs the loader at `src` for `scripts` (addresses without spaces, as Vite's are). */
export function appLoaderTag(src: string, scripts: AppScripts): string {
  return `<script defer src="${escapeHtml(src)}" data-entry="${escapeHtml(scripts.entry)}" data-preload="${escapeHtml(scripts.preload.join(' '))}"></script>`;
}

const TAG = /<script defer src="([^"]*\/load-app-[\w-]+\.js)" data-entry="([^"]+)" data-preload="([^"]*)"><\/script>/;
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' };

/** What a built page's loader asks for after the first paint (for check:bundle), with the loader's own address. */
export function appScriptsIn(html: string): (AppScripts & { readonly loader: string }) | undefined {
  const tag = TAG.exec(html);
  if (!tag) return undefined;
  // One pass, so "&amp;quot;" reads back as "&quot;", as escapeHtml wrote it.
  const text = (value: string) => value.replace(/&(amp|quot|#39|lt|gt);/g, (_, name: string) => ENTITIES[name]!);
  return { loader: text(tag[1]!), entry: text(tag[2]!), preload: text(tag[3]!).split(' ').filter(Boolean) };
}
