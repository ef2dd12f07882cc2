import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { scriptsNotInServedHtml } from './support/page-scripts.ts';

// A dataset written to attack the page: markup and script in every text field, template
// syntax, prototype keys, a 100,000-character title, and source URLs that try every way to
// smuggle in a non-http(s) scheme. Nothing may run, nothing may be injected, no link may point
// anywhere but http(s), and the page must stay usable.

const HOSTILE = fileURLToPath(new URL('./fixtures/hostile.json', import.meta.url));
const DATA = '?data=/fixtures/hostile.json';
const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';

let dialogs: string[] = [];

test.beforeEach(async ({ page }) => {
  dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.route(
    (url) => url.pathname === '/fixtures/hostile.json',
    (route) => route.fulfill({ path: HOSTILE }),
  );
});

test.afterEach(() => {
  expect(dialogs, 'no alert/confirm/prompt may fire').toEqual([]);
});

async function load(page: Page, path = '/') {
  await page.goto(`${path}${DATA}`);
  await expect(page.getByRole('region', { name: /Timeline/ })).toHaveAttribute('aria-busy', 'false');
}

/** Everything that would show an injection, read from the live DOM. */
async function expectNothingInjected(page: Page) {
  const found = await page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('*'));
    return {
      imgX: document.querySelectorAll('img[src="x"]').length,
      svgOnload: document.querySelectorAll('svg[onload]').length,
      handlerAttributes: all.flatMap((el) => Array.from(el.attributes).filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `${el.tagName}[${a.name}]`)),
      iframes: document.querySelectorAll('iframe, object, embed').length,
      badLinks: Array.from(document.querySelectorAll('a[href]'))
        .map((a) => a.getAttribute('href') ?? '')
        .filter((href) => {
          try {
            return !['http:', 'https:'].includes(new URL(href, document.baseURI).protocol);
          } catch {
            return true;
          }
        }),
      polluted: [({} as Record<string, unknown>).polluted, Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')],
    };
  });
  expect(found.imgX).toBe(0);
  expect(found.svgOnload).toBe(0);
  expect(found.handlerAttributes).toEqual([]);
  expect(found.iframes).toBe(0);
  expect(found.badLinks).toEqual([]);
  expect(await scriptsNotInServedHtml(page)).toEqual([]);
  expect(found.polluted).toEqual([undefined, false]);
}

test('hostile text is shown as text, nothing runs or is injected, and links stay http(s)', async ({ page }) => {
  await load(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hostile ${IMG} ${SCRIPT}`);
  await expect(page.getByText('4 of 4 events')).toBeVisible();
  await expectNothingInjected(page);

  // Every valid event, opened in the panel: its text, place, actors and sources.
  for (const id of ['constructor', 'hasownproperty', 'tostring']) {
    await load(page, `/events/${id}`);
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toBeVisible();
    await expectNothingInjected(page);
  }
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Valid link "><svg onload=alert(1)>');
  await expect(panel.getByRole('link', { name: /source 20/ })).toHaveAttribute('href', 'http://ok.example/');

  await load(page, '/events/constructor');
  await expect(panel).toContainText(`Summary ${SCRIPT}`);
  await expect(panel).toContainText("{{constructor.constructor('alert(1)')()}}");
});

test('the records with non-http(s) source URLs (and the non-slug "__proto__" id) are listed as skipped', async ({ page }) => {
  await load(page);
  const notice = page.getByRole('status').filter({ hasText: 'records skipped' });
  await expect(notice).toContainText('7 records skipped');
  await notice.getByText('Which records, and why').click();
  await expect(notice.getByRole('listitem')).toHaveText([
    'Record #3 (__proto__): id — id must be a slug of a–z, 0–9 and single hyphens',
    'Record #4 (bad-url-javascript): sources.0.url — url must start with http:// or https://',
    'Record #5 (bad-url-javascript-upper): sources.0.url — url must start with http:// or https://',
    'Record #6 (bad-url-javascript-tab): sources.0.url — url must start with http:// or https://',
    'Record #7 (bad-url-javascript-entity): sources.0.url — url must start with http:// or https://',
    'Record #8 (bad-url-data-url): sources.0.url — url must start with http:// or https://',
    'Record #9 (bad-url-vbscript): sources.0.url — url must start with http:// or https://',
  ]);
  await expectNothingInjected(page);
});

test('at 360 px wide, the 100,000-character title does not make the page scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await load(page, '/events/long-title');
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toContainText('AAAAAAAAAA');
  const overflow = await page.evaluate(() => ({
    document: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    body: document.body.scrollWidth - document.body.clientWidth,
  }));
  expect(overflow).toEqual({ document: 0, body: 0 });
  await expectNothingInjected(page);
});

test('the prototype keys in the file pollute nothing', async ({ page }) => {
  await load(page);
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted === undefined && !('polluted' in Object.prototype))).toBe(true);
});
