import type { Page } from '@playwright/test';

/**
 * The scripts in the live page that the page's own HTML, as served, does not have: an injected
 * script shows up here. The built page has three of its own: the early dataset load inline in
 * its head (allowed by its hash in the CSP), the loader from /assets and the app's module, which
 * the loader adds after the first paint (its tag names it, scripts/build/after-first-paint.ts).
 */
export async function scriptsNotInServedHtml(page: Page): Promise<string[]> {
  const served = await (await page.request.get(page.url())).text();
  const own = new Set([...served.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[0]));
  const live = await page.evaluate(() =>
    Array.from(document.scripts).map((script) => ({ html: script.outerHTML, type: script.type, src: script.getAttribute('src') ?? '' })),
  );
  return live
    .filter(({ html, type, src }) => {
      // A script from /assets is matched by its address (its attributes may be serialized in
      // another order): the loader's tag names itself and the app's module, which the loader adds.
      const ownAsset = /^\/assets\/[\w.-]+\.js$/.test(src) && (served.includes(`src="${src}"`) || (type === 'module' && served.includes(`data-entry="${src}"`)));
      if (src) return !ownAsset;
      return !own.has(html);
    })
    .map(({ html }) => html.slice(0, 200));
}
