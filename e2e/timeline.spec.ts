import { expect, test, type Page } from '@playwright/test';
import { bodyLuminance } from './support/body-luminance.ts';
import { ALL_SHOWN, COUNT_OF_ALL, LAST_EVENT, TOTAL } from './support/default-dataset.ts';

const ABU_TAQWA = '/events/us-strike-baghdad-abu-taqwa';
const FOX_URL = 'https://foxnews.com/world/iraqi-prime-minister-condemns-us-strike-high-ranking-militia-commander';

function timeline(page: Page) {
  return page.getByRole('region', { name: /Timeline/ });
}

async function waitForTimeline(page: Page) {
  await expect(timeline(page)).toHaveAttribute('aria-busy', 'false');
}

function eventPanel(page: Page) {
  return page.getByRole('complementary');
}

test('the app loads the real dataset and shows events with a count', async ({ page }) => {
  await page.goto('/');
  await waitForTimeline(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Iraq|Syria|US forces/);
  await expect(page.getByText(COUNT_OF_ALL)).toBeVisible();
  const marks = timeline(page).getByRole('button', { name: /^c?\.? ?\d{1,2} \w{3}.*\d{4}.*: / });
  expect(await marks.count()).toBeGreaterThan(10);
  await expect(timeline(page).getByRole('button', { name: /4 Jan 2024: US drone strike/ })).toHaveCount(1);
});

test('the 4 Jan 2024 Baghdad strike links to its Fox News article', async ({ page }) => {
  await page.goto('/');
  await waitForTimeline(page);
  await timeline(page).getByRole('button', { name: /4 Jan 2024: US drone strike/ }).click();
  await expect(page).toHaveURL(new RegExp(`${ABU_TAQWA}(\\?|$)`));
  const panel = eventPanel(page);
  await expect(panel.locator('time').first()).toHaveAttribute('datetime', '2024-01-04');
  const link = panel.getByRole('link', { name: /Iraqi prime minister condemns US strike/ });
  await expect(link).toHaveAttribute('href', FOX_URL);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(panel).toContainText('Fox News');
});

test('a deep link opens that event, selected, with its title in the page title', async ({ page }) => {
  await page.goto(ABU_TAQWA);
  await waitForTimeline(page);
  const panel = eventPanel(page);
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(/Abu Taqwa|Baghdad/);
  await expect(panel.locator('time').first()).toContainText('4 Jan 2024');
  await expect(page).toHaveTitle(/Abu Taqwa|Baghdad/);
  const mark = timeline(page).getByRole('button', { name: /4 Jan 2024: US drone strike/ });
  await expect(mark).toHaveAttribute('aria-pressed', 'true');
  await expect(mark).toBeInViewport();
});

test('Previous/Next walk events in time order and Back returns', async ({ page }) => {
  await page.goto(ABU_TAQWA);
  await waitForTimeline(page);
  const heading = eventPanel(page).getByRole('heading', { level: 2 });
  const first = await heading.textContent();
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(page).toHaveURL(/\/events\/iraq-condemns-abu-taqwa-strike/);
  await expect(heading).not.toHaveText(first ?? '');
  await page.getByRole('button', { name: 'Previous event' }).click();
  await page.getByRole('button', { name: 'Previous event' }).click();
  await expect(page).toHaveURL(/\/events\/kerman-bombings/);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${ABU_TAQWA}(\\?|$)`));
  await page.goBack();
  await expect(page).toHaveURL(/\/events\/iraq-condemns-abu-taqwa-strike/);
  await page.goForward();
  await expect(heading).toHaveText(first ?? '');
});

test('keyboard: one tab stop into the marks, arrows move, Enter selects, Escape clears', async ({ page }) => {
  await page.goto('/');
  await waitForTimeline(page);
  const tabStops = timeline(page).locator('[role="button"][tabindex="0"]');
  await expect(tabStops).toHaveCount(1);
  await page.getByRole('button', { name: 'Show all' }).focus();
  let focusedName = '';
  for (let presses = 0; presses < 30 && !/: /.test(focusedName); presses += 1) {
    await page.keyboard.press('Tab');
    focusedName = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  }
  expect(focusedName).toMatch(/7 Oct 2023, .*: Hamas|7 Oct 2023: /);
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  expect(second).not.toBe(focusedName);
  expect(second).toMatch(/Oct 2023.*: /);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/events\/[a-z0-9-]+/);
  const title = second.replace(/^[^:]*(:\d\d[^:]*)?: /, '');
  await expect(eventPanel(page).getByRole('heading', { level: 2 })).toHaveText(title);
  await page.keyboard.press('End');
  const last = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  expect(last).toMatch(new RegExp(`: ${LAST_EVENT.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await page.keyboard.press('Escape');
  await expect(eventPanel(page)).toHaveCount(0);
});

/** The accessible name of the focused element, as the marks and buttons have it. */
function focusedName(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    return element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '';
  });
}

const isMark = (page: Page) => page.evaluate(() => !!document.activeElement?.matches('.timeline-plot [role="button"][tabindex="0"]'));

test('"Skip to the events", right after the search box, moves focus to the marks\' tab stop', async ({ page }) => {
  await page.goto('/');
  await waitForTimeline(page);
  const skip = page.getByRole('link', { name: 'Skip to the events' });
  await page.getByRole('searchbox', { name: 'Search events' }).focus();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  expect(await isMark(page)).toBe(true);
  expect(await focusedName(page)).toMatch(/7 Oct 2023, .*: Hamas|7 Oct 2023: /);
  await expect(timeline(page).locator('.timeline-plot [tabindex="0"]')).toHaveCount(1);
  expect(new URL(page.url()).hash).toBe('');
  // The keyboard walk works from there as from a Tab.
  await page.keyboard.press('ArrowRight');
  expect(await isMark(page)).toBe(true);
  expect(await focusedName(page)).toMatch(/Oct 2023.*: /);
});

test('a few Tab presses lead from the search box to the first mark', async ({ page }) => {
  await page.goto('/');
  await waitForTimeline(page);
  await page.getByRole('searchbox', { name: 'Search events' }).focus();
  const passed: string[] = [];
  while (passed.length < 30 && !(await isMark(page))) {
    await page.keyboard.press('Tab');
    const inLegend = await page.evaluate(() => !!document.activeElement?.closest('[role="toolbar"][aria-label="Categories"]'));
    passed.push(`${inLegend ? 'legend: ' : ''}${await focusedName(page)}`);
  }
  const order = passed.join(' → ');
  expect(await isMark(page), order).toBe(true);
  // Skip link, share, Actors, Countries, Key events only, the legend (one stop), zoom in and out
  // ("Show all" is disabled while all is shown), then the mark: 9 presses, where it took 12 when
  // each of the six legend buttons was a stop of its own (and the skip link takes it to 1 + Enter).
  expect(passed.length, order).toBeLessThanOrEqual(9);
  expect(passed.filter((name) => name.startsWith('legend: ')), order).toHaveLength(1);
});

test('zoom buttons and keys narrow the window and write it to the URL without new history', async ({ page }) => {
  await page.goto('/');
  await waitForTimeline(page);
  const historyLength = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}.*to=\d{4}-\d{2}-\d{2}/);
  // Each zoom writes its own window: wait for the second one's, not the first's.
  const onceZoomed = page.url();
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(page).not.toHaveURL(onceZoomed);
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}.*to=\d{4}-\d{2}-\d{2}/);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  await expect(page.getByText(COUNT_OF_ALL)).not.toHaveText(ALL_SHOWN);
  const zoomedUrl = page.url();
  await page.reload();
  await waitForTimeline(page);
  expect(page.url()).toBe(zoomedUrl);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(page.getByText(ALL_SHOWN)).toBeVisible();
});

test('an unknown event id shows the timeline with a notice', async ({ page }) => {
  await page.goto('/events/no-such-event');
  await waitForTimeline(page);
  await expect(page.getByText(/Event not found/)).toBeVisible();
  await expect(page.getByText(new RegExp(`of ${TOTAL} events`))).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

  test('fits the screen without sideways scrolling and opens an event as a sheet', async ({ page }) => {
    await page.goto('/');
    await waitForTimeline(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.goto(ABU_TAQWA);
    await waitForTimeline(page);
    const panel = eventPanel(page);
    await expect(panel.getByRole('heading', { level: 2 })).toBeInViewport();
    await expect(panel.getByRole('link', { name: /Iraqi prime minister condemns/ })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});

/** The header's description: its height in lines, and whether some of it is cut off. */
async function descriptionLines(page: Page) {
  return page.locator('.app-header__description').evaluate((element) => ({
    lines: Math.round(element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight)),
    cut: element.scrollHeight > element.clientHeight + 1,
  }));
}

test.describe('the header on a phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

  test('keeps the description to two lines, and More and Less show and cut the rest', async ({ page }) => {
    await page.goto('/');
    await waitForTimeline(page);
    const more = page.getByRole('button', { name: 'More of the description' });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(await descriptionLines(page)).toEqual({ lines: 2, cut: true });
    const controlled = await more.getAttribute('aria-controls');
    await expect(page.locator(`[id="${controlled}"]`)).toHaveClass(/app-header__description/);
    await more.click();
    const less = page.getByRole('button', { name: 'Less of the description' });
    await expect(less).toHaveAttribute('aria-expanded', 'true');
    const open = await descriptionLines(page);
    expect(open.cut).toBe(false);
    expect(open.lines).toBeGreaterThan(2);
    await less.press('Enter');
    await expect(more).toBeFocused();
    expect(await descriptionLines(page)).toEqual({ lines: 2, cut: true });
  });
});

test('on a wide screen the description is whole, without More', async ({ page }) => {
  await page.goto('/');
  await waitForTimeline(page);
  expect((await descriptionLines(page)).cut).toBe(false);
  await expect(page.getByRole('button', { name: /of the description/ })).toHaveCount(0);
});

test.describe('in the dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('uses a dark background and light text', async ({ page }) => {
    await page.goto('/');
    await waitForTimeline(page);
    const [background, text] = [await bodyLuminance(page), await bodyLuminance(page, 'color')];
    expect(background).toBeLessThan(0.2);
    expect(text).toBeGreaterThan(0.7);
  });
});
