import { createHash } from 'node:crypto';
import { EARLY_LOAD_GLOBAL } from '../../src/boot/early-load.ts';
import { LOADING_HEADER_OFF } from '../../src/boot/prerendered-header.ts';
import { LOAD_HASH_PREFIX } from '../../src/data/worker-protocol.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { PREFIXED_LANGUAGES } from '../../src/view-store/language-path.ts';

/**
 * The inline script the build puts in index.html's head (see src/data/early-load.ts): it makes
 * the dataset worker and asks it for the dataset the link names, as early as the page can.
 * It reads `data` loosely (any http(s) or relative address); the app compares the address
 * with its own strict reading and stops a load it does not want. Any failure here only means
 * the app starts the load itself, a moment later.
 *
 * A Parquet file (`.parquet`) or an index of them (`.parquet-index.json`) is left to the app, which reads its footer by range requests
 * rather than the whole file (src/loading/parquet/).
 *
 * It also gives an embed the theme its link asks for (`/embed…?theme=dark`) before the first
 * paint, so the loading screen index.html shows is already in it; the app then keeps it
 * (useThemeOverride). `embedPaths` are the embed pages' paths in each language, e.g. "/embed"
 * and "/ar/embed".
 *
 * And it hides the home and event pages' prerendered header (the default dataset's title and
 * description in the page's language, src/boot/prerendered-header.ts) before the first paint
 * when the app will show something else: the link names another dataset (`data`), or the reader
 * gets another language than the page's, which the app picks as src/view-store/reader-language.ts
 * does (the path's language, else the link's `lang`, else the browser's first that the app
 * speaks, else English). When in doubt (an error) it hides it.
 */
export function earlyLoadScript(workerUrl: string, defaultDataUrl: string, embedPaths: readonly string[]): string {
  const constants = [workerUrl, defaultDataUrl, LOAD_HASH_PREFIX, EARLY_LOAD_GLOBAL, embedPaths, LANGUAGES, PREFIXED_LANGUAGES, LOADING_HEADER_OFF].map((value) =>
    JSON.stringify(value).replace(/</g, '\\u003c'),
  );
  return `(function (workerUrl, defaultDataUrl, hashPrefix, key, embedPaths, languages, prefixed, headerOff) {
  try {
    var theme = new URLSearchParams(location.search).get('theme');
    var path = location.pathname;
    var embed = embedPaths.some(function (embedPath) { return path === embedPath || path.indexOf(embedPath + '/') === 0; });
    if (embed && (theme === 'light' || theme === 'dark')) document.documentElement.setAttribute('data-theme', theme);
  } catch (error) {}
  try {
    var root = document.documentElement;
    var own = (root.getAttribute('lang') || '').toLowerCase().split('-')[0];
    var wanted = prefixed.indexOf(own) >= 0 ? own : null;
    var linked = new URLSearchParams(location.search).get('lang');
    if (!wanted && languages.indexOf(linked) >= 0) wanted = linked;
    var tags = navigator.languages || [navigator.language];
    for (var i = 0; !wanted && i < tags.length; i++) {
      var primary = String(tags[i]).toLowerCase().split('-')[0];
      if (languages.indexOf(primary) >= 0) wanted = primary;
    }
    var other = (new URLSearchParams(location.search).get('data') || '').trim();
    if (other || (wanted || languages[0]) !== own) root.setAttribute(headerOff, 'off');
  } catch (error) {
    try { document.documentElement.setAttribute(headerOff, 'off'); } catch (ignored) {}
  }
  try {
    var asked = (new URLSearchParams(location.search).get('data') || '').trim();
    var url = new URL(asked || defaultDataUrl, document.baseURI);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    if (/\\.parquet(-index\\.json)?$/i.test(url.pathname)) return;
    var worker = new Worker(workerUrl + hashPrefix + encodeURIComponent(url.href), { type: 'module', name: 'dataset-loader' });
    var load = { url: url.href, worker: worker, replies: [], failed: false };
    worker.onmessage = function (event) { load.replies.push(event); };
    worker.onerror = worker.onmessageerror = function (event) { event.preventDefault(); load.failed = true; };
    window[key] = load;
  } catch (error) {}
})(${constants.join(', ')});`;
}

/** The CSP source that allows exactly this inline script and no other. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}
