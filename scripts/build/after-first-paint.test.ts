import { describe, expect, it } from 'vitest';
import { APP_LOADER, appLoaderFile, appLoaderTag, appScriptsIn, takeAppScripts } from './after-first-paint.ts';

const BUILT = `<head>
    <meta charset="UTF-8" />
    <script type="module" crossorigin src="/sub/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/sub/assets/jsx-runtime-1.js">
    <link rel="modulepreload" crossorigin href="/sub/assets/translate-2.js">
    <link rel="stylesheet" crossorigin href="/sub/assets/index-abc.css">
  </head>`;
const SCRIPTS = takeAppScripts(BUILT)!.scripts;

/** A page for the loader to run in (its tag as appLoaderTag writes it): what it appends, and the callbacks it leaves. */
function runLoader(visibility: 'visible' | 'hidden', readyState: 'loading' | 'interactive' = 'interactive') {
  const added: Record<string, unknown>[] = [];
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const listeners: Record<string, (() => void)[]> = {};
  const attributes = Object.fromEntries([...appLoaderTag('/sub/assets/load-app.js', SCRIPTS).matchAll(/ (data-[\w-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
  const document = {
    visibilityState: visibility,
    readyState,
    currentScript: { getAttribute: (name: string) => attributes[name] ?? null },
    head: { appendChild: (element: Record<string, unknown>) => added.push(element) },
    createElement: (tag: string) => ({ tag }),
    addEventListener: (type: string, listener: () => void) => (listeners[type] ??= []).push(listener),
  };
  new Function('document', 'requestAnimationFrame', 'setTimeout', APP_LOADER)(document, (f: () => void) => frames.push(f), (f: () => void) => timers.push(f));
  return { added, frames, timers, listeners, document };
}

describe("the app's scripts after the first paint", () => {
  it('takes the entry and its preloads out of the built page, and leaves the rest', () => {
    const taken = takeAppScripts(BUILT)!;
    expect(taken.scripts).toEqual({ entry: '/sub/assets/index-abc.js', preload: ['/sub/assets/jsx-runtime-1.js', '/sub/assets/translate-2.js'] });
    expect(taken.html).not.toContain('<script');
    expect(taken.html).not.toContain('modulepreload');
    expect(taken.html).toContain('<link rel="stylesheet" crossorigin href="/sub/assets/index-abc.css">');
    expect(takeAppScripts('<head></head>')).toBeUndefined();
  });

  it('asks for them in the task after the first frame, preloads first, as Vite wrote them', () => {
    const page = runLoader('visible');
    expect(page.added).toEqual([]);
    page.frames.forEach((frame) => frame());
    expect(page.added).toEqual([]);
    page.timers.forEach((timer) => timer());
    expect(page.added).toEqual([
      { tag: 'link', crossOrigin: '', rel: 'modulepreload', href: '/sub/assets/jsx-runtime-1.js' },
      { tag: 'link', crossOrigin: '', rel: 'modulepreload', href: '/sub/assets/translate-2.js' },
      { tag: 'script', crossOrigin: '', type: 'module', src: '/sub/assets/index-abc.js' },
    ]);
    // Once only, whatever else happens (the page hidden later).
    page.listeners.visibilitychange?.forEach((listener) => listener());
    expect(page.added).toHaveLength(3);
  });

  it('asks at once in a hidden page, which paints no frame, once the document is parsed', () => {
    expect(runLoader('hidden').added).toHaveLength(3);
    const parsing = runLoader('hidden', 'loading');
    expect(parsing.added).toEqual([]);
    parsing.document.readyState = 'interactive';
    parsing.listeners.DOMContentLoaded?.forEach((listener) => listener());
    expect(parsing.added).toHaveLength(3);
  });

  it('is a file named by its content, and its tag says where check:bundle finds what it loads', () => {
    expect(appLoaderFile().fileName).toMatch(/^assets\/load-app-[\w-]{8}\.js$/);
    expect(appLoaderFile()).toEqual(appLoaderFile());
    const tag = appLoaderTag('/sub/assets/load-app-x.js', { entry: '/assets/index-"a".js', preload: ['/assets/a.js', '/assets/b.js'] });
    expect(tag).toBe('<script defer src="/sub/assets/load-app-x.js" data-entry="/assets/index-&quot;a&quot;.js" data-preload="/assets/a.js /assets/b.js"></script>');
    expect(appScriptsIn(`<head>${tag}</head>`)).toEqual({ loader: '/sub/assets/load-app-x.js', entry: '/assets/index-"a".js', preload: ['/assets/a.js', '/assets/b.js'] });
    expect(appScriptsIn('<script type="module" src="/assets/index.js"></script>')).toBeUndefined();
  });
});
