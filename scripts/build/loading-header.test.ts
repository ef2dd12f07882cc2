import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { HeaderText } from '../../src/boot/prerendered-header.ts';
import { parseDataset } from '../../src/data/parse-dataset.ts';
import { LoadingScreen } from '../../src/routes/loading-screen.tsx';
import { LoadProgress } from '../../src/ui/load-progress.tsx';
import { HOSTILE } from './page-fixtures.ts';
import { inLanguage } from './page-language.ts';
import { staticPages } from './static-pages.ts';

const indexHtml = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const rootOf = (html: string) => /<div id="root">([\s\S]*?)<\/div>\s*<noscript>/.exec(html)?.[1]?.trim();

/** React's first render on a page that knows its dataset's header, in `language`. */
function firstRender(language: 'en' | 'ar', header: HeaderText | undefined): string {
  const progress = createElement(LoadProgress, { url: '', progress: undefined, onRetry: () => {} });
  return inLanguage(language, () => renderToStaticMarkup(createElement(LoadingScreen, { className: 'app', header, children: progress })));
}

describe("the dataset's header in the built pages' loading screen", () => {
  const { dataset } = parseDataset({
    version: 1,
    title: 'Strikes, 2024',
    description: 'What happened.',
    language: 'en',
    i18n: { ar: { title: 'الضربات، 2024' } },
    categories: [{ id: 'c', label: 'C' }],
    events: [{ id: 'a', date: '2024-01-04', title: 'A', category: 'c', sources: [{ url: 'https://e.com', title: 'S', publisher: 'P' }] }],
  });
  const files = staticPages(indexHtml, dataset, { base: '/' });
  const page = (path: string) => String(files.find((file) => file.path === path)?.content);

  it("is what React's first render shows on the home and event pages, so nothing changes when the script runs", () => {
    const english = { title: 'Strikes, 2024', description: 'What happened.', titleLang: undefined, descriptionLang: undefined };
    expect(rootOf(page('index.html'))).toBe(firstRender('en', english));
    expect(rootOf(page('events/a/index.html'))).toBe(firstRender('en', english));
    expect(rootOf(page('index.html'))).toContain('<h1 class="app-header__title" dir="auto">Strikes, 2024</h1>');
  });

  it('is in the Arabic page its Arabic, with what is left in English marked so', () => {
    const arabic = { title: 'الضربات، 2024', description: 'What happened.', descriptionLang: 'en' };
    expect(rootOf(page('ar/index.html'))).toBe(firstRender('ar', arabic));
    expect(rootOf(page('ar/events/a/index.html'))).toBe(firstRender('ar', arabic));
    expect(rootOf(page('ar/index.html'))).toContain('<p dir="auto" lang="en" class="app-header__description app-header__description--cut">What happened.</p>');
  });

  it('is not on the pages whose first screen has no such header: embeds, Corrections, /make, 404', () => {
    for (const path of ['embed/index.html', 'embed/events/a/index.html', 'ar/embed/index.html', 'changes/index.html', 'make/index.html', '404.html']) {
      expect(rootOf(page(path)), path).toMatch(/^<div class="app[^"]*"><section class="timeline-section"/);
      expect(rootOf(page(path)), path).not.toContain('Strikes, 2024');
    }
  });

  it('is text, whatever the dataset says', () => {
    const hostile = parseDataset({
      version: 1,
      title: `$& ${HOSTILE}`,
      description: '</p><img src=x onerror=alert(1)>',
      categories: [{ id: 'c', label: 'C' }],
      events: [],
    }).dataset;
    const home = String(staticPages(indexHtml, hostile, { base: '/' }).find((file) => file.path === 'index.html')?.content);
    expect(home).toContain('$&amp; &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(home).not.toContain('<img');
    expect(home.match(/<script>alert/g)).toBeNull();
  });
});
