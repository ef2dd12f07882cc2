import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { bodyLuminance } from './support/body-luminance.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

// The production build on a plain static host (no rewrite rules, like GitHub Pages): deep links
// are real pages with their own link previews, unknown paths get 404.html, and a sub-path build
// stays inside its sub-path. Two builds, made once for the whole file.
test.describe.configure({ mode: 'default' });

const PROJECT = resolve(import.meta.dirname, '..');
const SITE_URL = 'https://example.org/timeline/';
const SUB_PATH = '/sub/path/';
const ID = 'us-strike-baghdad-abu-taqwa';
// The one inline script a page may run is the early dataset load, named by its hash.
const CSP = new RegExp(
  '^' +
    escapeRegExp("default-src 'self'; script-src 'self' ") +
    "'sha256-([A-Za-z0-9+/]{43}=)'" +
    escapeRegExp("; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; connect-src 'self' https: http:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'") +
    '$',
);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const data = JSON.parse(readFileSync(join(PROJECT, 'data/events.json'), 'utf8')) as {
  title: string;
  description: string;
  i18n: { ar: { title: string } };
  events: { id: string; title: string; i18n: { ar: { title: string; summary: string } } }[];
};
const EVENT_TITLE = data.events.find((event) => event.id === ID)!.title;
const ARABIC = data.events.find((event) => event.id === ID)!.i18n.ar;
// Ports of their own, beside the preview server's (E2E_PORT), so two checkouts can run this file at once.
const STATIC_PORT = Number(process.env.E2E_PORT ?? 4173) + 8;
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

let tmp: string;
let site: StaticServer; // SITE_URL build, served at /
let sub: StaticServer; // BASE_PATH=/sub/path/ build, served at /sub/path/ only

function build(outDir: string, env: Record<string, string>) {
  const { BASE_PATH: _base, SITE_URL: _site, ...rest } = process.env;
  execSync(`npx vite build --outDir ${JSON.stringify(outDir)} --emptyOutDir`, { cwd: PROJECT, env: { ...rest, ...env }, stdio: 'pipe' });
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  tmp = mkdtempSync(join(tmpdir(), 'conflict-timeline-static-'));
  build(join(tmp, 'site'), { SITE_URL });
  build(join(tmp, 'sub'), { BASE_PATH: SUB_PATH });
  site = await startStaticServer(join(tmp, 'site'), STATIC_PORT);
  sub = await startStaticServer(join(tmp, 'sub'), STATIC_PORT + 1, SUB_PATH);
});

test.afterAll(async () => {
  await site?.close();
  await sub?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** The value of the first meta/link tag naming `key` (name, property or rel), from raw HTML. */
function tagValue(html: string, key: string): string | undefined {
  const tag = html.match(/<(?:meta|link)\b[^>]*>/g)?.find((t) => t.includes(`="${key}"`));
  return tag ? /(?:content|href)="([^"]*)"/.exec(tag)?.[1] : undefined;
}

/** The href of the page's `<link rel="alternate" hreflang=…>` for a language (or x-default), from raw HTML. */
function hreflang(html: string, language: string): string | undefined {
  const tag = html.match(/<link rel="alternate" hreflang="[^"]*"[^>]*>/g)?.find((t) => t.includes(`hreflang="${language}"`));
  return tag ? /href="([^"]*)"/.exec(tag)?.[1] : undefined;
}

async function waitForTimeline(page: Page) {
  await expect(page.getByRole('region', { name: /^Timeline of events$|^الخط الزمني للأحداث$/ })).toHaveAttribute('aria-busy', 'false');
}

test('an event page has its own title, description, card, canonical and oEmbed, without JavaScript', async ({ request }) => {
  const response = await request.get(`${site.url}events/${ID}/`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  const pageUrl = `${SITE_URL}events/${ID}/`;
  expect(html).toContain(`<title>${escape(EVENT_TITLE)} · ${escape(data.title)}</title>`);
  expect(tagValue(html, 'og:title')).toBe(escape(EVENT_TITLE));
  expect(tagValue(html, 'og:type')).toBe('article');
  expect(tagValue(html, 'og:description')).toMatch(/^Mushtaq Taleb al-Saidi, known as Abu Taqwa.{50,}…$/);
  expect(tagValue(html, 'og:description')!.length).toBeLessThanOrEqual(200);
  expect(tagValue(html, 'description')).toBe(tagValue(html, 'og:description'));
  expect(tagValue(html, 'og:url')).toBe(pageUrl);
  expect(tagValue(html, 'og:image')).toBe(`${SITE_URL}og-card.png`);
  expect(tagValue(html, 'twitter:card')).toBe('summary_large_image');
  expect(tagValue(html, 'canonical')).toBe(pageUrl);
  expect(html).not.toContain('name="robots"');

  // The canonical form is the one the host serves: the slash-less path redirects to it.
  const bare = await request.get(`${site.url}events/${ID}`, { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers()['location']).toBe(`/events/${ID}/`);

  const oembedHref = tagValue(html, 'application/json+oembed');
  expect(oembedHref).toBe(`${SITE_URL}oembed/${ID}.json`);
  const oembed = await (await request.get(oembedHref!.replace(SITE_URL, site.url))).json();
  expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: EVENT_TITLE, provider_name: data.title, width: 600, height: 600 });
  expect(oembed.html).toContain(`<iframe src="${SITE_URL}embed/events/${ID}" title="${escape(EVENT_TITLE)} – timeline"`);
  expect(oembed.html).toContain(`<script async src="${SITE_URL}embed.js"></script>`);

  const card = await request.get(`${site.url}og-card.png`);
  expect(card.headers()['content-type']).toBe('image/png');
  expect((await card.body()).subarray(1, 4).toString()).toBe('PNG');

  const embed = await (await request.get(`${site.url}embed/events/${ID}/`)).text();
  expect(tagValue(embed, 'robots')).toBe('noindex');
  expect(tagValue(embed, 'canonical')).toBe(pageUrl);
  expect(tagValue(await (await request.get(`${site.url}embed/`)).text(), 'robots')).toBe('noindex');
});

test('an event page boots the app with that event open, and so does its embed', async ({ page }) => {
  await page.goto(`${site.url}events/${ID}/`);
  await waitForTimeline(page);
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toContainText('Abu Taqwa');
  await expect(page).toHaveTitle(/Abu Taqwa/);

  await page.goto(`${site.url}embed/events/${ID}`);
  await waitForTimeline(page);
  await expect(page).toHaveURL(`${site.url}embed/events/${ID}/`);
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toContainText('Abu Taqwa');
});

test('an Arabic event page, without JavaScript: lang and dir, Arabic title and description, its locale, and links to the English page both ways', async ({ request }) => {
  const response = await request.get(`${site.url}ar/events/${ID}/`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  const arabicUrl = `${SITE_URL}ar/events/${ID}/`;
  const englishUrl = `${SITE_URL}events/${ID}/`;
  expect(html).toMatch(/^<!doctype html>\s*<html lang="ar-IQ" dir="rtl">/);
  expect(html).toContain(`<title>${escape(ARABIC.title)} · ${escape(data.i18n.ar.title)}</title>`);
  expect(tagValue(html, 'description')).toMatch(/^قُتل مشتاق طالب السعيدي، المعروف بـ«أبو تقوى».{50,}…$/);
  expect(tagValue(html, 'og:title')).toBe(escape(ARABIC.title));
  expect(tagValue(html, 'og:locale')).toBe('ar_IQ');
  expect(tagValue(html, 'og:locale:alternate')).toBe('en_GB');
  expect(tagValue(html, 'canonical')).toBe(arabicUrl);
  expect(tagValue(html, 'og:url')).toBe(arabicUrl);
  expect(hreflang(html, 'ar')).toBe(arabicUrl);
  expect(hreflang(html, 'en')).toBe(englishUrl);
  expect(hreflang(html, 'x-default')).toBe(englishUrl);
  expect(html).toContain('<p class="loading-line" role="status" style="padding:0">جارٍ تحميل الأحداث…</p>');

  // The card has no words: Arabic's is the same picture with time running right to left.
  expect(tagValue(html, 'og:image')).toBe(`${SITE_URL}og-card-ar.png`);
  expect((await request.get(`${site.url}og-card-ar.png`)).headers()['content-type']).toBe('image/png');
  const oembed = await (await request.get(tagValue(html, 'application/json+oembed')!.replace(SITE_URL, site.url))).json();
  expect(oembed.html).toContain(`<iframe src="${SITE_URL}ar/embed/events/${ID}"`);

  const english = await (await request.get(`${site.url}events/${ID}/`)).text();
  expect(english).toMatch(/^<!doctype html>\s*<html lang="en">/);
  expect(tagValue(english, 'og:locale')).toBe('en_GB');
  expect(tagValue(english, 'og:locale:alternate')).toBe('ar_IQ');
  expect(hreflang(english, 'ar')).toBe(arabicUrl);
  expect(hreflang(english, 'en')).toBe(englishUrl);

  const home = await (await request.get(`${site.url}ar/`)).text();
  expect(home).toContain(`<title>${escape(data.i18n.ar.title)}</title>`);
  expect(hreflang(home, 'en')).toBe(SITE_URL);
  const embed = await (await request.get(`${site.url}ar/embed/events/${ID}/`)).text();
  expect(embed).toContain('<html lang="ar-IQ" dir="rtl">');
  expect(tagValue(embed, 'robots')).toBe('noindex');
});

test('the Arabic page opens the app in Arabic with the event open, and the English page leads to it', async ({ page }) => {
  await page.goto(`${site.url}ar/events/${ID}/`);
  await waitForTimeline(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar-IQ');
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(ARABIC.title);
  await expect(page).toHaveTitle(`${ARABIC.title} · ${data.i18n.ar.title}`);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', `${SITE_URL}events/${ID}/`);
  // The app stays on the Arabic pages: the next event is the next Arabic page, which the host has.
  await page.getByRole('button', { name: 'الحدث التالي' }).click();
  await expect(page).toHaveURL(/\/ar\/events\/iraq-condemns-abu-taqwa-strike(\?|$)/);
  const next = await page.reload();
  expect(next?.status()).toBe(200);
  await waitForTimeline(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  await page.goto(`${site.url}events/${ID}/`);
  await waitForTimeline(page);
  await expect(page.locator('link[rel="alternate"][hreflang="ar"]')).toHaveAttribute('href', `${SITE_URL}ar/events/${ID}/`);
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page).toHaveURL(new RegExp(`^${escapeRegExp(site.url)}ar/events/${ID}(\\?|$)`));
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(ARABIC.title);
});

test("a reader whose browser reads Arabic shares the Arabic page, so the link previews in Arabic", async ({ browser }) => {
  const arabicReader = await browser.newContext({ locale: 'ar-IQ' });
  const page = await arabicReader.newPage();
  await page.goto(`${site.url}events/${ID}/`);
  await waitForTimeline(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: 'مشاركة هذا الحدث' }).click();
  const link = await page.getByLabel('الرابط', { exact: true }).inputValue();
  expect(link).toMatch(new RegExp(`^${escapeRegExp(site.url)}ar/events/${ID}(\\?|$)`));
  const shared = await (await page.request.get(link)).text();
  expect(tagValue(shared, 'og:title')).toBe(escape(ARABIC.title));
  await arabicReader.close();
});

test('the Corrections page is a real page with its own title and canonical, and it boots the app', async ({ page, request }) => {
  const response = await request.get(`${site.url}changes/`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain(`<title>Corrections and updates · ${escape(data.title)}</title>`);
  expect(tagValue(html, 'canonical')).toBe(`${SITE_URL}changes/`);
  await page.goto(`${site.url}changes/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Corrections and updates' })).toBeVisible();
  await expect(page).toHaveTitle(`Corrections and updates · ${data.title}`);
});

test("the authors' page is a page of its own: title and description without JavaScript, and it boots /make", async ({ page, request }) => {
  const response = await request.get(`${site.url}make/`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('<title>Make your own timeline</title>');
  expect(tagValue(html, 'description')).toMatch(/^Preview a spreadsheet or data file as a timeline/);
  expect(tagValue(html, 'canonical')).toBe(`${SITE_URL}make/`);

  await page.goto(`${site.url}make/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Make your own timeline' })).toBeVisible();
  await expect(page).toHaveTitle('Make your own timeline');
  await expect(page.getByLabel('Choose a file, or drop it here')).toBeAttached();
});

test('any other path gets 404.html with status 404, and it boots the app', async ({ page }) => {
  const unknown = await page.goto(`${site.url}no/such/page`);
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();

  // An id that is not in the build is a 404 for the host, but the app still explains it.
  const missing = await page.goto(`${site.url}events/no-such-event`);
  expect(missing?.status()).toBe(404);
  await waitForTimeline(page);
  await expect(page.getByText(/Event not found/)).toBeVisible();
});

test('a BASE_PATH build works under its sub-path and never requests outside it', async ({ page }) => {
  const origin = new URL(sub.url).origin;
  const outside: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && !url.pathname.startsWith(SUB_PATH)) outside.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });

  const html = await (await page.request.get(`${sub.url}events/${ID}/`)).text();
  // The stylesheet's link, and the app's scripts, which a loader asks for after the first paint (in its tag's attributes).
  const assets = [...html.matchAll(/[" ]([^" ]*\/assets\/[^" ]*)(?=[" ])/g)].map((match) => match[1]);
  expect(assets.filter((asset) => asset?.endsWith('.css')).length).toBeGreaterThanOrEqual(1);
  expect(assets.filter((asset) => /\/index-[\w-]+\.js$/.test(asset ?? '')).length).toBe(1);
  for (const asset of assets) expect(asset).toMatch(/^\/sub\/path\/assets\//);
  expect(tagValue(html, 'canonical')).toBe(`${SUB_PATH}events/${ID}/`);
  expect(tagValue(html, 'application/json+oembed')).toBe(`${SUB_PATH}oembed/${ID}.json`);
  expect(html).not.toContain('og:url');
  expect(html).not.toContain('og:image');

  await page.goto(sub.url);
  await waitForTimeline(page);
  await expect(page.getByText(new RegExp(`^\\d+ of ${data.events.length} events$`))).toBeVisible();

  await page.goto(`${sub.url}events/${ID}/`);
  await waitForTimeline(page);
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toContainText('Abu Taqwa');
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(page).toHaveURL(/\/sub\/path\/events\/iraq-condemns-abu-taqwa-strike/);

  await page.goto(`${sub.url}ar/events/${ID}/`);
  await waitForTimeline(page);
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(ARABIC.title);
  await page.getByRole('button', { name: 'الحدث التالي' }).click();
  await expect(page).toHaveURL(/\/sub\/path\/ar\/events\/iraq-condemns-abu-taqwa-strike/);

  expect(outside).toEqual([]);
  expect(failed).toEqual([]);
  // The site root itself is the only way in; the bare origin is another site's.
  expect((await page.request.get(`${origin}/events/${ID}/`)).status()).toBe(404);
});

test('every built page carries the Content-Security-Policy, and the app runs under it', async ({ page }) => {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.html')) pages.push(join(dir, entry.name));
    }
  };
  walk(join(tmp, 'site'));
  // index, 404, changes/, event pages and their embeds, embed/, make/; then ar/: index, changes/, embed/, event pages and embeds
  expect(pages.length).toBe(3 + 2 * data.events.length + 2 + 3 + 2 * data.events.length);
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/.exec(html)?.[1] ?? '';
    const hash = CSP.exec(policy)?.[1];
    expect(hash, `${file}: ${policy}`).toBeDefined();
    // The hash is that of the page's only inline script, byte for byte.
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
    expect(inline, file).toHaveLength(1);
    expect(createHash('sha256').update(inline[0]!, 'utf8').digest('base64'), file).toBe(hash);
  }

  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleErrors.push(message.text());
  });
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  await page.goto(`${site.url}events/${ID}/`);
  await waitForTimeline(page);
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toContainText('Abu Taqwa');
  await page.getByRole('button', { name: 'Next event' }).click();
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  // Cite's library (citeproc-js) in its chunk, under the same policy: no eval, no inline script.
  await page.getByRole('button', { name: 'Cite this event' }).click();
  await expect(page.getByLabel('APA')).toHaveValue(new RegExp(`Retrieved .+, from ${escapeRegExp(site.url)}events/`));
  await page.goto(`${site.url}embed/?theme=dark`);
  await waitForTimeline(page);
  expect(await violations()).toEqual([]);
  expect(consoleErrors).toEqual([]);

  // The policy is really enforced, and the listeners would have seen a violation.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.head.append(script);
  });
  await expect.poll(violations).toHaveLength(1);
  expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
});

test('the page starts loading its dataset from its head, and the app takes that load over', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const datasetRequests: string[] = [];
  page.context().on('request', (request) => {
    if (request.url().includes('/data/events.json')) datasetRequests.push(request.url());
  });
  await page.goto(site.url);
  await waitForTimeline(page);
  await expect(page.getByText(new RegExp(`^\\d+ of ${data.events.length} events$`))).toBeVisible();
  // One worker, made by the head's script with the file in its address; one download.
  expect(workers).toEqual([expect.stringContaining(`#load=${encodeURIComponent(`${site.url}data/events.json`)}`)]);
  expect(datasetRequests).toHaveLength(1);
});

test('an early load of a file the app does not accept is stopped, and the app loads its own', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  // The head's script reads `data` loosely; the app ignores an address this long.
  await page.goto(`${site.url}?data=${encodeURIComponent(`data/events.json?${'x'.repeat(2100)}`)}`);
  await waitForTimeline(page);
  await expect(page.getByText(new RegExp(`^\\d+ of ${data.events.length} events$`))).toBeVisible();
  await expect(page.getByText(/Ignored the dataset address in the link/)).toBeVisible();
  expect(workers).toHaveLength(2);
  expect(workers[1]).not.toContain('#load=');
});

test('the page shows its loading screen before any script runs', async ({ browser }) => {
  // Scripts on, but the app's own held back: what the reader sees while it downloads.
  const waiting = await browser.newContext();
  const page = await waiting.newPage();
  await page.route(/\/assets\/index-[\w-]+\.js$/, () => new Promise(() => {}));
  await page.goto(site.url, { waitUntil: 'commit' });
  await expect(page.getByRole('status')).toHaveText('Loading events…');
  await expect(page.getByRole('region', { name: 'Timeline of events' })).toHaveAttribute('aria-busy', 'true');
  // The Arabic pages' loading screen is in Arabic, right to left, as the app's first render.
  await page.goto(`${site.url}ar/events/${ID}/`, { waitUntil: 'commit' });
  await expect(page.getByRole('status')).toHaveText('جارٍ تحميل الأحداث…');
  await expect(page.getByRole('region', { name: 'الخط الزمني للأحداث' })).toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await waiting.close();
});

test("the home and event pages show the dataset's title and description before any script runs, where the app keeps them", async ({ browser }) => {
  // Scripts on, but the app's own held back: what the reader sees while it downloads.
  const waiting = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await waiting.newPage();
  await page.route(/\/assets\/index-[\w-]+\.js$/, () => new Promise(() => {}));
  const heading = page.getByRole('heading', { level: 1 });
  await page.goto(site.url, { waitUntil: 'commit' });
  await expect(heading).toHaveText(data.title);
  await expect(page.getByText(data.description)).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Loading events…');
  const before = await heading.boundingBox();
  await page.goto(`${site.url}ar/events/${ID}/`, { waitUntil: 'commit' });
  await expect(heading).toHaveText(data.i18n.ar.title);
  // The embeds and the Corrections page have no such header on their first screen.
  for (const path of ['embed/', 'changes/']) {
    await page.goto(`${site.url}${path}`, { waitUntil: 'commit' });
    await expect(page.getByRole('status')).toBeVisible();
    await expect(heading, path).toHaveCount(0);
  }
  // The app's loading screen, while the dataset is held back, keeps it: React's own heading now.
  await page.unrouteAll();
  await page.route((url) => url.pathname === '/data/events.json', () => new Promise(() => {}));
  await page.goto(site.url);
  await expect.poll(() => heading.evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactFiber')))).toBe(true);
  await expect(heading).toHaveText(data.title);
  await expect(page.getByRole('status')).toHaveText('Loading events…');
  expect(await heading.boundingBox()).toEqual(before);
  // With the dataset: the same heading in the same place.
  await page.unrouteAll();
  await page.goto(site.url);
  await waitForTimeline(page);
  await expect(heading).toHaveText(data.title);
  expect(await heading.boundingBox()).toEqual(before);
  await waiting.close();
});

test("a link to another dataset or in another language never shows the page's own title", async ({ browser }) => {
  const context = await browser.newContext();
  // Every title the page shows, frame by frame, from before the first paint.
  await context.addInitScript(() => {
    const seen = new Set<string>();
    (window as unknown as { titlesSeen: Set<string> }).titlesSeen = seen;
    const look = () => {
      document.querySelectorAll('h1').forEach((heading) => {
        if (heading.getClientRects().length > 0) seen.add(heading.textContent ?? '');
      });
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const titlesSeen = (page: Page) => page.evaluate(() => [...(window as unknown as { titlesSeen: Set<string> }).titlesSeen]);
  const page = await context.newPage();
  await page.route((url) => url.pathname === '/fixtures/valid.json', (route) => route.fulfill({ path: join(PROJECT, 'e2e/fixtures/valid.json') }));
  await page.goto(`${site.url}?data=${encodeURIComponent('/fixtures/valid.json')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture timeline');
  expect(await titlesSeen(page)).toEqual(['Fixture timeline']);
  // The English page, for a reader who asks for Arabic: the title comes in Arabic, with the app.
  await page.goto(`${site.url}events/${ID}/?lang=ar`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.i18n.ar.title);
  expect(await titlesSeen(page)).toEqual([data.i18n.ar.title]);
  // The same page as linked, for comparison: its title shows from the first frame.
  await page.goto(`${site.url}events/${ID}/`);
  await waitForTimeline(page);
  expect(await titlesSeen(page)).toEqual([data.title]);
  await context.close();
});

test('with scripts turned off, the page says why it needs them instead of loading forever', async ({ playwright }, testInfo) => {
  // Playwright's javaScriptEnabled: false still parses the page as scripted; this is the browser's own setting.
  const launchOptions = testInfo.project.use.launchOptions ?? {};
  const browser = await playwright.chromium.launch({ ...launchOptions, args: [...(launchOptions.args ?? []), '--blink-settings=scriptEnabled=false'] });
  try {
    const page = await browser.newPage();
    await page.goto(site.url);
    // The rendered text (Playwright's text locators skip <noscript>).
    expect(await page.evaluate(() => document.body.innerText.trim())).toBe('This timeline needs JavaScript. The data is available as JSON at data/events.json.');
    await expect(page.getByText('Loading events…')).toBeHidden();
    await page.goto(`${site.url}ar/`);
    expect(await page.evaluate(() => document.body.innerText.trim())).toBe('يحتاج هذا الخط الزمني إلى JavaScript. البيانات متاحة بصيغة JSON في data/events.json.');
  } finally {
    await browser.close();
  }
});

test("an embed's loading screen is in the theme its link asks for before the app's script runs", async ({ browser }) => {
  const waiting = await browser.newContext({ colorScheme: 'light' });
  const page = await waiting.newPage();
  await page.route(/\/assets\/index-[\w-]+\.js$/, () => new Promise(() => {}));
  await page.goto(`${site.url}embed/?theme=dark`, { waitUntil: 'commit' });
  await expect(page.getByRole('status')).toHaveText('Loading events…');
  expect(await bodyLuminance(page)).toBeLessThan(0.2);
  // The same page without the request stays in the reader's (light) scheme.
  await page.goto(`${site.url}embed/`, { waitUntil: 'commit' });
  await expect(page.getByRole('status')).toHaveText('Loading events…');
  expect(await bodyLuminance(page)).toBeGreaterThan(0.8);
  await waiting.close();
});
