import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset.ts';
import { LoadingScreen } from '../../src/routes/loading-screen.tsx';
import { activeLanguage } from '../../src/i18n/translate.ts';
import { LoadProgress } from '../../src/ui/load-progress.tsx';
import { asLanguagePage, inLanguage, ogLocale, pageLanguages, pagePath } from './page-language.ts';
import { INDEX_HTML } from './page-fixtures.ts';

const indexHtml = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const rootOf = (html: string) => /<div id="root">([\s\S]*?)<\/div>\s*<noscript>/.exec(html)?.[1]?.trim();

describe('asLanguagePage', () => {
  const arabic = asLanguagePage(indexHtml, 'ar');

  it('marks the Arabic page ar-IQ, right to left', () => {
    expect(arabic).toMatch(/^<!doctype html>\n<html lang="ar-IQ" dir="rtl">\n/);
  });

  it("shows the Arabic loading screen React's first Arabic render will show, so nothing changes when the script runs", () => {
    const progress = createElement(LoadProgress, { url: '', progress: undefined, onRetry: () => {} });
    const firstRender = inLanguage('ar', () => renderToStaticMarkup(createElement(LoadingScreen, { className: 'app', children: progress })));
    expect(rootOf(arabic)).toBe(firstRender);
    expect(firstRender).toContain('جارٍ تحميل الأحداث…');
  });

  it('says in Arabic why the page needs scripts', () => {
    expect(/<noscript>([^<]*)<\/noscript>/.exec(arabic)?.[1]).toBe('يحتاج هذا الخط الزمني إلى JavaScript. البيانات متاحة بصيغة JSON في data/events.json.');
  });

  it('changes nothing else, and nothing at all in English', () => {
    expect(asLanguagePage(indexHtml, 'en')).toBe(indexHtml);
    const head = (html: string) => html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
    expect(head(arabic)).toBe(head(indexHtml));
    expect(asLanguagePage(INDEX_HTML, 'ar')).toContain('<script type="module" crossorigin src="/sub/assets/index-abc.js"></script>');
  });
});

describe('the languages of the pages', () => {
  it('puts Arabic pages under ar/, English ones at the root', () => {
    expect(pagePath('events/x/index.html', 'ar')).toBe('ar/events/x/index.html');
    expect(pagePath('', 'ar')).toBe('ar/');
    expect(pagePath('events/x/', 'en')).toBe('events/x/');
  });

  it("names Open Graph's locales from the app's Intl locales", () => {
    expect(ogLocale('en')).toBe('en_GB');
    expect(ogLocale('ar')).toBe('ar_IQ');
  });

  it('writes Arabic pages only for a dataset with Arabic in it', () => {
    const base = { version: 1, title: 'T', categories: [{ id: 'c', label: 'C' }] };
    const event = { id: 'a', date: '2024-01-04', title: 'A', category: 'c', sources: [{ url: 'https://e.com', title: 'S', publisher: 'P' }] };
    const languages = (raw: object) => pageLanguages(parseDataset(raw).dataset);
    expect(languages({ ...base, events: [event] })).toEqual(['en']);
    expect(languages({ ...base, events: [{ ...event, i18n: { ar: { title: 'أ' } } }] })).toEqual(['en', 'ar']);
    expect(languages({ ...base, i18n: { ar: { title: 'ت' } }, events: [event] })).toEqual(['en', 'ar']);
    expect(languages({ ...base, language: 'ar', events: [event] })).toEqual(['en', 'ar']);
  });

  it('runs a part of the build in Arabic and returns to English, even when it throws', () => {
    expect(inLanguage('ar', activeLanguage)).toBe('ar');
    expect(() =>
      inLanguage('ar', () => {
        throw new Error('x');
      }),
    ).toThrow('x');
    expect(activeLanguage()).toBe('en');
  });
});
