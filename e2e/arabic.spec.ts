import { expect, test, type Page } from '@playwright/test';

const ABU_TAQWA = '/events/us-strike-baghdad-abu-taqwa';

function timeline(page: Page) {
  return page.locator('section.timeline-section');
}

async function waitForTimeline(page: Page) {
  await expect(timeline(page)).toHaveAttribute('aria-busy', 'false');
}

test('?lang=ar sets the page right to left, in Arabic, with Arabic plural counts', async ({ page }) => {
  await page.goto('/?lang=ar');
  await waitForTimeline(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar-IQ');
  await expect(page.locator('.count-line')).toHaveText(/^\d+ من أصل \d+ (حدثًا|أحداث|حدث)$/);
  await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
});

test('the language switch keeps the view, and Back returns to English', async ({ page }) => {
  await page.goto(`${ABU_TAQWA}?from=2023-12-01&to=2024-02-01&key=1`);
  await waitForTimeline(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page).toHaveURL(/\/events\/us-strike-baghdad-abu-taqwa\?from=2023-12-01&to=2024-02-01&key=1&lang=ar$/);
  await expect(page.getByRole('button', { name: 'English' })).toBeFocused();
  await page.goBack();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page).toHaveURL(/key=1$/);
});
