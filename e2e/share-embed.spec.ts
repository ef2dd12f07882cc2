import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { bodyLuminance } from './support/body-luminance.ts';
import { ALL_SHOWN, COUNT_OF_ALL, TOTAL } from './support/default-dataset.ts';
import { scriptsNotInServedHtml } from './support/page-scripts.ts';

const EVENT = 'us-strike-baghdad-abu-taqwa';

async function ready(page: Page) {
  await expect(page.getByRole('region', { name: /Timeline/ })).toHaveAttribute('aria-busy', 'false');
}

test('a URL with a window, reloaded or shared, shows the same window', async ({ page }) => {
  await page.goto('/?from=2023-12-20&to=2024-01-10');
  await ready(page);
  await expect(page.getByText(COUNT_OF_ALL)).toHaveText(new RegExp(`^(\\d|1\\d) of ${TOTAL} events$`));
  const count = await page.getByText(COUNT_OF_ALL).textContent();
  await expect(page.getByRole('button', { name: /4 Jan 2024: US drone strike/ })).toBeInViewport();
  await expect(page.getByRole('button', { name: /28 Jan 2024: / })).toHaveCount(0);
  await page.reload();
  await ready(page);
  await expect(page.getByText(COUNT_OF_ALL)).toHaveText(count ?? '');
  expect(new URL(page.url()).searchParams.get('from')).toBe('2023-12-20');
  expect(new URL(page.url()).searchParams.get('to')).toBe('2024-01-10');
});

test('zooming replaces the history entry; selecting pushes one; Back restores the view', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const start = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(page).toHaveURL(/from=/);
  const zoomedUrl = page.url();
  expect(await page.evaluate(() => history.length)).toBe(start);
  await page.getByRole('button', { name: /4 Jan 2024: US drone strike/ }).click();
  await expect(page).toHaveURL(/\/events\//);
  expect(await page.evaluate(() => history.length)).toBe(start + 1);
  await page.goBack();
  await expect(page).toHaveURL(zoomedUrl);
  await expect(page.getByRole('complementary')).toHaveCount(0);
});

test('invalid link values are dropped with a dismissible notice, never rendered as markup', async ({ page }) => {
  await page.goto('/?from=abc&to=2024-01-01&cat=%3Cscript%3Ealert(1)%3C/script%3E&theme=blue');
  await ready(page);
  const notice = page.getByText(/Ignored the time window/);
  await expect(notice).toBeVisible();
  await expect(page.getByText(ALL_SHOWN)).toBeVisible();
  expect(await scriptsNotInServedHtml(page)).toEqual([]);
  await page.getByRole('button', { name: 'Dismiss notice' }).first().click();
  await expect(notice).toHaveCount(0);
});

test('Copy link puts the top-level URL of the view on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/events/${EVENT}`);
  await ready(page);
  await page.getByRole('button', { name: 'Share this event' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`^${baseURL}events/${EVENT}\\?from=`));
  await page.goto(copied);
  await ready(page);
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toContainText('Abu Taqwa');
});

test('Embed shows a ready-to-paste snippet for the current view', async ({ page, baseURL }) => {
  await page.goto(`/events/${EVENT}`);
  await ready(page);
  await page.getByRole('button', { name: 'Share this event' }).click();
  await page.getByRole('button', { name: 'Embed' }).click();
  const code = await page.getByLabel('Embed code').inputValue();
  expect(code).toMatch(
    new RegExp(
      `^<iframe src="${baseURL}embed/events/${EVENT}\\?from=[^"]+" title="[^"]+" width="100%" height="600" style="border:0" loading="lazy"></iframe><script async src="${baseURL}embed.js"></script>$`,
    ),
  );
});

test.describe('Share this view on an event page', () => {
  // Headless Chromium has no system share sheet: a stand-in records what the page would share.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data), configurable: true });
    });
  });

  test('keeps the open event and key=1 in Copy link, the share sheet and the embed snippet', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/events/${EVENT}?key=1`);
    await ready(page);
    await page.getByRole('button', { name: 'Share this view' }).click();
    const share = page.getByRole('group', { name: 'Share this view' });
    const viewLink = new RegExp(`^${baseURL}events/${EVENT}\\?from=[^&]+&to=[^&]+&key=1$`);
    await expect(share.getByLabel('Link', { exact: true })).toHaveValue(viewLink);

    await share.getByRole('button', { name: 'Copy link' }).click();
    await expect(share.getByText('Link copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(viewLink);

    await share.getByRole('button', { name: 'Share via…' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared.map((data) => data.url)).toEqual([expect.stringMatching(viewLink)]);

    await share.getByRole('button', { name: 'Embed' }).click();
    const code = await share.getByLabel('Embed code').inputValue();
    expect(code).toMatch(new RegExp(`^<iframe src="${baseURL}embed/events/${EVENT}\\?from=[^"&]+&amp;to=[^"&]+&amp;key=1" `));

    // The link opens what the sender saw: the event, and only key events.
    await page.goto(await share.getByLabel('Link', { exact: true }).inputValue());
    await ready(page);
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toContainText('Abu Taqwa');
    await expect(page.getByRole('button', { name: 'Key events only' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('without an open event it shares the whole timeline', async ({ page, baseURL }) => {
    await page.goto('/?key=1');
    await ready(page);
    await page.getByRole('button', { name: 'Share this view' }).click();
    await expect(page.getByLabel('Link', { exact: true })).toHaveValue(new RegExp(`^${baseURL}\\?from=[^&]+&to=[^&]+&key=1$`));
  });
});

test('the embed route is compact, links to the full timeline and shares top-level URLs', async ({ page, baseURL }) => {
  await page.goto(`/embed/events/${EVENT}?theme=dark`);
  await ready(page);
  const open = page.getByRole('link', { name: /Open full timeline/ });
  await expect(open).toHaveAttribute('target', '_blank');
  await expect(open).toHaveAttribute('href', new RegExp(`^${baseURL}events/${EVENT}`));
  await expect(page.getByText(/^The regional escalation/)).toHaveCount(0);
  expect(await bodyLuminance(page)).toBeLessThan(0.2);
  await page.getByRole('button', { name: 'Share this event' }).click();
  const link = await page.getByLabel('Link', { exact: true }).inputValue();
  expect(link).not.toContain('/embed');
  expect(link).toContain(`/events/${EVENT}`);
});

test('in an embed a plain wheel leaves the timeline to the host page and says how to zoom; Ctrl + wheel zooms', async ({ page }) => {
  await page.goto('/embed');
  await ready(page);
  const count = page.getByText(COUNT_OF_ALL);
  const before = await count.textContent();
  const box = (await page.locator('.timeline-plot').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 60);
  const hint = page.getByRole('status').filter({ hasText: 'Hold Ctrl (or ⌘) and scroll to zoom the timeline' });
  await expect(hint).toHaveCount(0);
  await page.mouse.wheel(0, -240);
  await expect(hint).toBeVisible();
  await expect(count).toHaveText(before ?? '');
  await expect(page).not.toHaveURL(/[?&]from=/);
  // It goes by itself after a moment.
  await expect(hint).toHaveCount(0, { timeout: 5000 });
  await page.keyboard.down('Control');
  for (let step = 0; step < 4; step++) await page.mouse.wheel(0, -240);
  await page.keyboard.up('Control');
  await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}/);
  await expect(count).not.toHaveText(before ?? '');
});

test.describe('an embed with theme=light on a dark system', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the theme parameter, not the system', async ({ page }) => {
    await page.goto('/embed?theme=light');
    await ready(page);
    expect(await bodyLuminance(page)).toBeGreaterThan(0.8);
    await page.goto('/embed');
    await ready(page);
    expect(await bodyLuminance(page)).toBeLessThan(0.2);
  });
});

test('inside an iframe the embed reports its height to the host page', async ({ page, baseURL }) => {
  // The host is another origin, served by a real server (a routed page counts as public and
  // may not frame localhost), as an article embedding us would be.
  const html = `<!doctype html><title>Host</title><body><script>
      window.heights = [];
      addEventListener('message', (e) => { if (e.data && e.data.type === 'conflict-timeline:resize') heights.push(e.data.height); });
    </script><iframe id="embed" src="${baseURL}embed" width="600" height="600" title="timeline"></iframe></body>`;
  const server = createServer((_request, response) => response.end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    const lastHeight = () => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0);
    // The loading screen reports a short height first; the drawn timeline then a taller one.
    await expect.poll(lastHeight).toBeGreaterThan(200);
    const first = await lastHeight();
    expect(Number.isInteger(first)).toBe(true);
    const frame = page.frameLocator('#embed');
    await frame.getByRole('button', { name: /4 Jan 2024: US drone strike/ }).click();
    await expect(frame.getByRole('complementary')).toBeVisible();
    await expect.poll(lastHeight).not.toBe(first);
  } finally {
    server.close();
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${scheme})`, () => {
    test.use({ colorScheme: scheme });
    for (const path of ['/', `/events/${EVENT}`, '/embed']) {
      test(`${path} has no serious or critical axe violations`, async ({ page }) => {
        await page.goto(path);
        await ready(page);
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        expect(serious).toEqual([]);
      });
    }
  });
}
