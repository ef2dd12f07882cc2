import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { embedSnippet } from '../src/embed/embed-snippet.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

// An article on another origin (port 4190) embeds the timeline from the app's server (the
// config's baseURL) with the embed snippet, and public/embed.js sizes the iframe.
test.describe.configure({ mode: 'default' });

const ID = 'us-strike-baghdad-abu-taqwa';
const TYPE = 'conflict-timeline:resize';

let tmp: string;
let host: StaticServer;

test.beforeAll(async ({}, testInfo) => {
  const appRoot = String(testInfo.project.use.baseURL);
  const snippet = embedSnippet({ siteUrl: appRoot, path: `embed/events/${ID}`, frameTitle: 'US drone strike in Baghdad – timeline' });
  const article = (body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head>` +
    `<body><h1>An article</h1><p>Before the timeline.</p>${body}<p>After the timeline.</p></body></html>`;
  tmp = mkdtempSync(join(tmpdir(), 'conflict-timeline-host-'));
  // The snippet as readers paste it, plus an unrelated same-origin iframe.
  writeFileSync(join(tmp, 'host.html'), article(`${snippet}<iframe id="other" src="other.html" height="200"></iframe>`));
  // The iframe alone: a CMS that strips scripts.
  writeFileSync(join(tmp, 'no-script.html'), article(snippet.replace(/<script[^>]*><\/script>/, '')));
  writeFileSync(join(tmp, 'other.html'), '<!doctype html><title>Other</title><p>Not a timeline.</p>');
  host = await startStaticServer(tmp, 4190);
});

test.afterAll(async () => {
  await host?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function frameMatching(page: Page, pattern: RegExp): Promise<Frame> {
  // On failure this shows the frames' URLs (chrome-error://… when the app's server is down).
  await expect.poll(() => page.frames().map((frame) => frame.url())).toContainEqual(expect.stringMatching(pattern));
  const frame = page.frames().find((candidate) => pattern.test(candidate.url()))!;
  await frame.waitForLoadState();
  return frame;
}

/**
 * Records every style.height the page gives the iframes, with the height the iframe then has
 * on screen, as "<id or embed>:<style.height>:<rendered px>".
 */
async function recordHeights(page: Page) {
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { heights: string[] }).heights = log;
    for (const frame of Array.from(document.querySelectorAll('iframe'))) {
      new MutationObserver(() =>
        log.push(`${frame.id || 'embed'}:${frame.style.height}:${Math.round(frame.getBoundingClientRect().height)}`),
      ).observe(frame, {
        attributes: true,
        attributeFilter: ['style', 'height'],
      });
    }
  });
  return () => page.evaluate(() => (window as unknown as { heights: string[] }).heights);
}

const embedFrame = (page: Page) => page.locator('iframe[src*="/embed/"]');

test("the app's own resize messages size the iframe to its content through embed.js", async ({ page }) => {
  await page.goto(`${host.url}host.html`);
  const iframe = embedFrame(page);
  // The app reports its content height on load: embed.js replaces the fixed 600 px with it.
  await expect.poll(() => iframe.evaluate((element: HTMLIFrameElement) => element.style.height)).toMatch(/^\d+px$/);
  const frame = await frameMatching(page, /\/embed\/events\//);
  const content = () => frame.evaluate(() => Math.ceil(document.getElementById('root')!.getBoundingClientRect().height));
  // Compared afresh on every poll: the content grows as the event panel's code arrives.
  await expect.poll(async () => Math.round((await iframe.boundingBox())!.height) - (await content())).toBe(0);
  // The event panel is open (a deep link), so there is content below the timeline: no inner scrollbar.
  expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
});

test('embed.js sizes the iframe to the height the embed posts', async ({ page }) => {
  await page.goto(`${host.url}host.html`);
  await expect(embedFrame(page)).toHaveAttribute('height', '600');
  const frame = await frameMatching(page, /\/embed\/events\//);
  const heights = await recordHeights(page);
  await frame.evaluate((type) => parent.postMessage({ type, height: 777 }, '*'), TYPE);
  await expect.poll(heights).toContain('embed:777px:777');
  await frame.evaluate((type) => parent.postMessage({ type, height: 1234 }, '*'), TYPE);
  await expect.poll(heights).toContain('embed:1234px:1234');
});

test('embed.js ignores malformed messages and messages from anything but the embed', async ({ page }) => {
  await page.goto(`${host.url}host.html`);
  const frame = await frameMatching(page, /\/embed\/events\//);
  const other = await frameMatching(page, /\/other\.html$/);
  const heights = await recordHeights(page);

  // From the host page itself and from a same-origin iframe that is not a timeline embed.
  await page.evaluate((type) => window.postMessage({ type, height: 4301 }, '*'), TYPE);
  await other.evaluate((type) => parent.postMessage({ type, height: 4302 }, '*'), TYPE);
  // From the embed, but malformed.
  await frame.evaluate((type) => {
    const bad: unknown[] = [
      { type, height: 'abc' },
      { type, height: '4303' },
      { type, height: -5 },
      { type, height: 99 },
      { type, height: 99999 },
      { type, height: 4304.5 },
      { type, height: Number.NaN },
      { type: 'other-app:resize', height: 4305 },
      { height: 4306 },
      'conflict-timeline:resize',
      null,
      [type, 4307],
    ];
    for (const message of bad) parent.postMessage(message, '*');
    // A valid message last: once it has been applied, every message before it has been handled.
    parent.postMessage({ type, height: 555 }, '*');
  }, TYPE);

  await expect.poll(heights).toContain('embed:555px:555');
  const applied = (await heights()).map((entry) => entry.split(':').slice(0, 2).join(':'));
  // What the wrong messages would have set (values that are not valid CSS would set nothing).
  const wrong = ['4301', '4302', '4303', '99', '99999', '4304.5', '4305', '4306', '4307'].map((px) => `embed:${px}px`);
  expect(applied.filter((entry) => wrong.includes(entry))).toEqual([]);
  expect(applied.filter((entry) => entry.startsWith('other:'))).toEqual([]);
  expect(await page.locator('#other').evaluate((iframe) => iframe.style.height)).toBe('');
});

test('without embed.js the iframe keeps its fixed height', async ({ page }) => {
  await page.goto(`${host.url}no-script.html`);
  const frame = await frameMatching(page, /\/embed\/events\//);
  await page.evaluate(() => {
    const received: unknown[] = [];
    (window as unknown as { received: unknown[] }).received = received;
    window.addEventListener('message', (event) => received.push(event.data));
  });
  await frame.evaluate((type) => parent.postMessage({ type, height: 777 }, '*'), TYPE);
  await expect
    .poll(() => page.evaluate(() => JSON.stringify((window as unknown as { received: unknown[] }).received)))
    .toContain('"height":777');
  expect(await embedFrame(page).evaluate((iframe) => [iframe.style.height, iframe.getBoundingClientRect().height])).toEqual(['', 600]);
});
