/**
 * The app's scripts load after the page's first paint. The built pages paint their loading screen
 * with the dataset's header (loading-header.ts) from the HTML and CSS alone; Vite's tags would ask
 * for the bundle (136 kB gzip) at once, and Lighthouse's simulation then counts that download in
 * the largest paint, which it puts after the bundle on a slow connection: 2.0 s on mobile instead
 * of the 0.8 s of the paint itself (both simulated, README "Lighthouse"). So the build takes the
 * entry's `<script type="module">` and its `<link rel="modulepreload">`s out of the page
 * (takeAppScripts) and the page's head script adds them back in the task after the first paint
 * (afterFirstPaintScript): a frame later than the parser would have asked for them. A hidden page
 * (a background tab, which paints nothing) asks for them at once.
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
 * The head script's part that asks for the app after the first paint: from a frame's callback
 * (which runs once the stylesheet is in, just before that frame paints), a task later, once the
 * document is parsed (the app renders into #root).
 */
export function afterFirstPaintScript(scripts: AppScripts): string {
  const constant = JSON.stringify({ entry: scripts.entry, preload: scripts.preload }).replace(/</g, '\\u003c');
  return `(function (app) {
  var asked = false;
  function add(tag, attributes) {
    var element = document.createElement(tag);
    element.crossOrigin = '';
    for (var name in attributes) element[name] = attributes[name];
    document.head.appendChild(element);
  }
  function load() {
    if (asked) return;
    if (document.readyState === 'loading') return document.addEventListener('DOMContentLoaded', load);
    asked = true;
    app.preload.forEach(function (href) { add('link', { rel: 'modulepreload', href: href }); });
    add('script', { type: 'module', src: app.entry });
  }
  if (document.visibilityState === 'hidden' || typeof requestAnimationFrame !== 'function') return load();
  document.addEventListener('visibilitychange', load);
  requestAnimationFrame(function () { setTimeout(load, 0); });
})(${constant});`;
}

const CONSTANT = /\(function \(app\) \{[\s\S]*?\}\)\((\{"entry":[^<]*?\})\);/;

/** What a built page's head script asks for after the first paint (for check:bundle). */
export function appScriptsIn(html: string): AppScripts | undefined {
  const constant = CONSTANT.exec(html)?.[1];
  return constant ? (JSON.parse(constant) as AppScripts) : undefined;
}
