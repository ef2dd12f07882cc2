import { expect, test, type Page } from '@playwright/test';

// A spreadsheet's Group column with 3,000 values: categories g-0 … g-2999, where g-0 … g-7 have
// the most events (40 each) and every other category two, all within Jan 2024.
const CATEGORIES = Array.from({ length: 3000 }, (_, index) => ({ id: `g-${index}`, label: `Group ${index}` }));
const EVENTS = CATEGORIES.flatMap((category, index) =>
  Array.from({ length: index < 8 ? 40 : 2 }, (_, n) => ({
    id: `${category.id}-e${n}`,
    date: `2024-01-${String(1 + ((index + n) % 28)).padStart(2, '0')}`,
    title: `${category.label}, event ${n}`,
    category: category.id,
    sources: [{ url: 'https://example.org/report', title: 'A report', publisher: 'Example News' }],
  })),
);
const TOTAL = EVENTS.length;
const BODY = JSON.stringify({ version: 1, title: 'Many groups', categories: CATEGORIES, events: EVENTS });

async function open(page: Page, query = '') {
  await page.route((url) => url.pathname.endsWith('/many-groups.json'), (route) => route.fulfill({ body: BODY, contentType: 'application/json' }));
  await page.goto(`/?data=/many-groups.json${query}`);
  await expect(page.getByRole('region', { name: /Timeline/ })).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
}

test('3,000 categories: a legend of the largest eight, the rest in a menu and one folded lane', async ({ page }) => {
  await open(page, '&from=2024-01-01&to=2024-02-01');
  const legend = page.getByRole('toolbar', { name: 'Categories' });
  await expect(legend.getByRole('button')).toHaveCount(8);
  await expect(legend.getByRole('button', { name: /^Group 0 40 events$/ })).toBeVisible();
  // The legend stays one compact block, not hundreds of rows of buttons.
  const box = await page.locator('.legend-group').boundingBox();
  expect(box!.height).toBeLessThan(120);

  // Nine lanes: eight categories and the folded one.
  const lanes = page.locator('.lane-label');
  await expect(lanes).toHaveCount(9);
  await expect(lanes.last()).toHaveText('2,992 other categories');

  // The menu finds a folded category and switches it off, as a legend button would.
  const more = page.getByRole('button', { name: '2,992 more categories' });
  await more.click();
  await page.getByRole('searchbox', { name: 'Find a category' }).fill('Group 2999');
  const option = page.getByRole('checkbox', { name: /^Group 2999 2 events$/ });
  await expect(option).toBeChecked();
  await option.click();
  await expect(option).not.toBeChecked();
  await expect(page.getByText(`${(TOTAL - 2).toLocaleString("en-GB")} of ${TOTAL.toLocaleString("en-GB")} events`)).toBeVisible();
  await expect(page).toHaveURL(/[?&]cat=/);
  await page.keyboard.press('Escape');
  await expect(more).toBeFocused();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('the folded legend fits without sideways scrolling', async ({ page }) => {
    await open(page);
    await expect(page.getByRole('button', { name: '2,992 more categories' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
