import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { appScriptsIn } from '../build/after-first-paint.ts';

/**
 * The JavaScript a reader downloads before the timeline can draw: what dist/index.html loads
 * (<script type="module" src>, <link rel="modulepreload">, or the same asked for by the loader
 * after the first paint, with the loader, scripts/build/after-first-paint.ts) and, transitively, what those
 * chunks import statically. Lazy chunks (import()) and the parse worker are not counted.
 * Sizes are gzip (node:zlib, default level), in kB of 1,000 bytes as Vite reports them.
 *
 *   npm run check:bundle [-- <dist folder>]     exits 1 above the budget
 */
export const BUDGET_KB = 150;

export interface InitialFile {
  readonly path: string;
  readonly bytes: number;
  readonly gzip: number;
}

const SCRIPT = /<script\b[^>]*\btype=["']module["'][^>]*\bsrc=["']([^"']+)["']/gi;
const PRELOAD = /<link\b[^>]*\brel=["']modulepreload["'][^>]*\bhref=["']([^"']+)["']/gi;
// Static imports only: `import{a as b}from"./x.js"` or `import"./x.js"`, never `import("./x.js")`.
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/** A URL path from index.html as a file in dist, whatever base path the site was built for. */
function fileFor(dist: string, url: string): string | undefined {
  if (/^[a-z]+:\/\//i.test(url)) return undefined;
  const parts = url.split(/[?#]/)[0]!.split('/').filter(Boolean);
  for (let skip = 0; skip < parts.length; skip++) {
    const file = join(dist, ...parts.slice(skip));
    if (existsSync(file)) return file;
  }
  return undefined;
}

export function initialJavaScript(dist: string): InitialFile[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const deferred = appScriptsIn(html);
  const urls = [...[...html.matchAll(SCRIPT), ...html.matchAll(PRELOAD)].map((match) => match[1]!), ...(deferred ? [deferred.loader, deferred.entry, ...deferred.preload] : [])];
  const queue = urls.map((url) => fileFor(dist, url));
  const seen = new Map<string, InitialFile>();
  while (queue.length > 0) {
    const file = queue.shift();
    if (!file || seen.has(file) || !file.endsWith('.js')) continue;
    const code = readFileSync(file);
    seen.set(file, { path: relative(dist, file).split('\\').join('/'), bytes: code.length, gzip: gzipSync(code).length });
    for (const match of code.toString('utf8').matchAll(STATIC_IMPORT)) {
      queue.push(join(dirname(file), ...posix.normalize(match[1]!).split('/')));
    }
  }
  return [...seen.values()];
}

export function main(dist = 'dist'): void {
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`check:bundle: ${join(dist, 'index.html')} not found; build first (npm run build).`);
    process.exit(1);
  }
  const files = initialJavaScript(dist);
  const total = files.reduce((sum, file) => sum + file.gzip, 0) / 1000;
  for (const file of files) console.log(`  ${file.path}  ${(file.bytes / 1000).toFixed(1)} kB, gzip ${(file.gzip / 1000).toFixed(1)} kB`);
  const verdict = total > BUDGET_KB ? 'OVER BUDGET' : 'within budget';
  console.log(`Initial JavaScript: ${total.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB): ${verdict}`);
  if (total > BUDGET_KB) process.exit(1);
}
