import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { bodyLuminance } from './support/body-luminance.ts';

const ABU_TAQWA = '/events/us-strike-baghdad-abu-taqwa';
// UI words of the English page that must not show in Arabic (data text, still English where the
// dataset has no translation, is not on this list).
const ENGLISH_UI = [
  'Search events',
  'Share',
  'Show all',
  'Zoom in',
  'Key events only',
  'Actors',
  'Countries',
  'Claim status',
  'What do these mean?',
  'Previous event',
  'Next event',
  'Sources',
  'Download',
  'Events in view',
  'Tab into the timeline',
  'Updated',
  'Confirmed',
  'Corrections and updates',
  'Cite this timeline',
  'events',
];

function timeline(page: Page) {
  return page.locator('section.timeline-section');
}

async function waitForTimeline(page: Page) {
  await expect(timeline(page)).toHaveAttribute('aria-busy', 'false');
}

/** Everything a reader or a screen reader gets: the text and the accessible names and titles. */
function pageWords(page: Page) {
  return page.evaluate(() => {
    const attributes = Array.from(document.querySelectorAll('[aria-label], [title], [placeholder]')).flatMap((element) =>
      ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
    );
    return [document.body.innerText, ...attributes].join('\n');
  });
}

const markCentre = async (page: Page, name: RegExp) => {
  const box = await timeline(page).getByRole('button', { name }).first().boundingBox();
  return box!.x + box!.width / 2;
};

test('?lang=ar: right to left, Arabic words and counts, and time running from right to left', async ({ page }) => {
  await page.goto(`${ABU_TAQWA}?lang=ar&from=2023-12-20&to=2024-01-20`);
  await waitForTimeline(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar-IQ');
  await expect(page.locator('.count-line')).toHaveText(/^\d+ من أصل \d+ (حدثًا|أحداث|حدث)$/);
  await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
  // The panel's date in Iraqi month names, Latin digits.
  await expect(page.getByRole('complementary').locator('time').first()).toHaveText('4 كانون الثاني 2024');
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toBeVisible();
  const words = await pageWords(page);
  for (const english of ENGLISH_UI) expect(words, english).not.toMatch(new RegExp(`\\b${english}\\b`));
  // 4 Jan 2024 (Abu Taqwa) is later than 3 Jan 2024 (Kerman): it sits to its left.
  const later = await markCentre(page, /^4 كانون الثاني 2024: /);
  const earlier = await markCentre(page, /^3 كانون الثاني 2024: /);
  expect(later).toBeLessThan(earlier);
});

test('?lang=ar on a phone: no sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(`${ABU_TAQWA}?lang=ar`);
  await waitForTimeline(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`?lang=ar (${scheme}): axe finds no serious or critical violations`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${ABU_TAQWA}?lang=ar`);
    await waitForTimeline(page);
    await expect(page.getByRole('complementary')).toBeVisible();
    if (scheme === 'dark') expect(await bodyLuminance(page)).toBeLessThan(0.2);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
}

test('?lang=ar keyboard walk: ← goes to the later event, on the left', async ({ page }) => {
  await page.goto('/?lang=ar&from=2023-12-20&to=2024-01-20');
  await waitForTimeline(page);
  const tabStop = timeline(page).locator('.timeline-plot [role="button"][tabindex="0"]');
  await tabStop.focus();
  const name = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  const first = await name();
  const firstX = await markCentre(page, new RegExp(`^${first.split(':')[0]}`));
  await page.keyboard.press('ArrowLeft');
  const second = await name();
  expect(second).not.toBe(first);
  const box = await page.evaluate(() => document.activeElement!.getBoundingClientRect().x);
  expect(box).toBeLessThan(firstX);
  await page.keyboard.press('ArrowRight');
  expect(await name()).toBe(first);
  await page.keyboard.press('Enter');
  // The store writes Arabic as the Arabic pages' prefix (the old ?lang=ar is read, then moved).
  await expect(page).toHaveURL(/\/ar\/events\/[a-z0-9-]+\?from=[^&]+&to=[^&]+$/);
  await expect(page.getByRole('complementary')).toBeVisible();
  // The hint says which way the arrows go.
  await expect(page.locator('.keyboard-hint')).toContainText('← للحدث التالي');
});

test('the language switch keeps the view, and Back returns to English', async ({ page }) => {
  await page.goto(`${ABU_TAQWA}?from=2023-12-01&to=2024-02-01&key=1`);
  await waitForTimeline(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page).toHaveURL(/\/ar\/events\/us-strike-baghdad-abu-taqwa\?from=2023-12-01&to=2024-02-01&key=1$/);
  await expect(page.getByRole('button', { name: 'English' })).toBeFocused();
  await expect(page.getByRole('complementary')).toBeVisible();
  await page.goBack();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page).toHaveURL(/key=1$/);
});

test('the embed works in Arabic and keeps Arabic in its links', async ({ page }) => {
  await page.goto(`/embed${ABU_TAQWA}?lang=ar`);
  await waitForTimeline(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const open = page.getByRole('link', { name: /فتح الخط الزمني كاملًا/ });
  await expect(open).toHaveAttribute('href', /\/ar\/events\/us-strike-baghdad-abu-taqwa(\?|$)/);
  await expect(page.getByRole('button', { name: 'مشاركة هذا العرض' })).toBeVisible();
});
