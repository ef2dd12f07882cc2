import type { Page } from '@playwright/test';

/**
 * The scripts in the live page that the page's own HTML, as served, does not have: an injected
 * script shows up here. The built page has two of its own, the app's module from /assets and
 * the early dataset load inline in its head (allowed by its hash in the CSP).
 */
export async function scriptsNotInServedHtml(page: Page): Promise<string[]> {
  const served = await (await page.request.get(page.url())).text();
  const own = new Set([...served.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[0]));
  const live = await page.evaluate(() =>
    Array.from(document.scripts).map((script) => ({ html: script.outerHTML, type: script.type, src: script.getAttribute('src') ?? '' })),
  );
  return live
    .filter(({ html, type, src }) => {
      // The module's attributes may be serialized in another order: match it by its source.
      if (src) return !(type === 'module' && /^\/assets\/[\w.-]+\.js$/.test(src) && served.includes(`src="${src}"`));
      return !own.has(html);
    })
    .map(({ html }) => html.slice(0, 200));
}
