import { expect, test, type Locator, type Page } from '@playwright/test';

// The Actors and Countries lists and the header's Share are native popovers (src/ui/use-popover.ts):
// under their button, on screen at any width, closed by Esc, a click outside or tabbing away,
// with focus moved in on opening and back to the button on closing.
const EVENT = 'us-strike-baghdad-abu-taqwa';

async function ready(page: Page) {
  await expect(page.getByRole('region', { name: /Timeline/ })).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
}

/** The panel's box against its button's: under it, lined up with its `edge`, inside the viewport. */
async function expectUnder(page: Page, button: Locator, panel: Locator, edge: 'left' | 'right') {
  const own = (await button.boundingBox())!;
  const box = (await panel.boundingBox())!;
  const width = page.viewportSize()!.width;
  expect(box.y).toBeGreaterThanOrEqual(own.y + own.height);
  expect(box.y).toBeLessThan(own.y + own.height + 12);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  // Lined up with the button, unless that would run off the screen.
  const wanted = edge === 'left' ? own.x : own.x + own.width - box.width;
  if (wanted >= 12 && wanted + box.width <= width - 12) expect(Math.abs(box.x - wanted)).toBeLessThanOrEqual(1);
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 360, height: 640 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('a filter list opens under its button with focus on its first option; Esc closes it and keeps the open event', async ({ page }) => {
      await page.goto(`/events/${EVENT}`);
      await ready(page);
      const button = page.getByRole('button', { name: 'Actors', exact: true });
      await button.click();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      const first = page.getByRole('checkbox').first();
      await expect(first).toBeFocused();
      await expectUnder(page, button, page.locator('.facet__panel:popover-open'), 'left');

      await page.keyboard.press('Escape');
      await expect(page.getByRole('checkbox')).toHaveCount(0);
      await expect(button).toBeFocused();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      // Esc belonged to the list: the screen's Esc (close the event) did not run as well.
      await expect(page).toHaveURL(new RegExp(`/events/${EVENT}`));
    });

    test('the header’s Share opens under its button, right edges lined up, and closes on Esc', async ({ page }) => {
      await page.goto(`/events/${EVENT}`);
      await ready(page);
      const button = page.getByRole('button', { name: 'Share this view' });
      await button.click();
      const share = page.getByRole('group', { name: 'Share this view' });
      await expect(share.getByRole('button', { name: 'Copy link' })).toBeFocused();
      await expectUnder(page, button, share, 'right');
      await page.keyboard.press('Escape');
      await expect(share).toBeHidden();
      await expect(button).toBeFocused();
      await expect(page).toHaveURL(new RegExp(`/events/${EVENT}`));
    });
  });
}

test('a click outside or tabbing past the last option closes a filter list', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const countries = page.getByRole('button', { name: 'Countries', exact: true });
  await countries.click();
  await expect(page.getByRole('checkbox').first()).toBeFocused();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(page.getByRole('checkbox')).toHaveCount(0);

  await countries.click();
  await page.getByRole('checkbox').last().focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(countries).toHaveAttribute('aria-expanded', 'false');
});

test('inside an iframe the Share menu opens in the frame, and Esc and a click outside close it', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 800, height: 700 });
  await page.setContent(`<iframe src="${baseURL}embed" title="Timeline" width="640" height="600" style="border:0"></iframe>`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('region', { name: /Timeline/ })).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  const button = frame.getByRole('button', { name: 'Share this view' });
  const share = frame.getByRole('group', { name: 'Share this view' });
  await button.click();
  await expect(share.getByLabel('Link', { exact: true })).toHaveValue(new RegExp(`^${baseURL}\\?from=`));
  const box = (await share.boundingBox())!;
  const inside = (await page.locator('iframe').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(inside.x);
  expect(box.x + box.width).toBeLessThanOrEqual(inside.x + inside.width);
  expect(box.y + box.height).toBeLessThanOrEqual(inside.y + inside.height);
  await page.keyboard.press('Escape');
  await expect(share).toBeHidden();
  await expect(button).toBeFocused();

  await button.click();
  await expect(share).toBeVisible();
  await frame.getByRole('heading', { level: 1 }).click();
  await expect(share).toBeHidden();
});
