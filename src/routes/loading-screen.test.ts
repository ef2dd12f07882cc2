import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LoadProgress } from '../ui/load-progress.tsx';
import { LoadingScreen } from './loading-screen.tsx';

const indexHtml = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');

/** What React renders first on every page while the dataset loads. */
function firstRender(className: string): string {
  const progress = createElement(LoadProgress, { url: '', progress: undefined, onRetry: () => {} });
  return renderToStaticMarkup(createElement(LoadingScreen, { className, children: progress }));
}

describe('the loading screen in index.html', () => {
  it('is what React renders first, so the page looks the same before and after the script runs', () => {
    const root = /<div id="root">([\s\S]*?)<\/div>\s*<noscript>/.exec(indexHtml)?.[1]?.trim();
    expect(root).toBe(firstRender('app'));
  });

  it('says that events are loading, as a status, in the busy timeline region', () => {
    expect(firstRender('app')).toContain('aria-busy="true"');
    expect(firstRender('app')).toMatch(/role="status"[^>]*>Loading events…</);
  });
});
