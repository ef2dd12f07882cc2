import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEFAULT_EVENTS, TOTAL } from './support/default-dataset.ts';

// The "Explore" views: the overview histogram (brush, series read-out), the locator map and
// the downloads. The map and the export menu are placed on the screen by timeline-screen.tsx;
// the tests find them by role and name, wherever they are put (a "Map" tab or a section).

const DAY = 24 * 60 * 60 * 1000;
const HOSTILE = fileURLToPath(new URL('./fixtures/hostile.json', import.meta.url));

async function waitForTimeline(page: Page) {
  await expect(page.getByRole('region', { name: /Timeline/ })).toHaveAttribute('aria-busy', 'false');
}

/** The window in the URL: wall-clock values; a date-only `to` includes that whole day. */
function windowInUrl(page: Page): { from: number; to: number } {
  const url = new URL(page.url());
  const bound = (name: string) => {
    const text = url.searchParams.get(name)!;
    if (text.includes('T')) return Date.parse(`${text}Z`);
    return Date.parse(text) + (name === 'to' ? DAY : 0);
  };
  return { from: bound('from'), to: bound('to') };
}

/** A press-drag across a fraction of an element, from `from` to `to` (0 = left edge, 1 = right). */
async function dragAcross(page: Page, element: Locator, from: number, to: number) {
  await element.scrollIntoViewIfNeeded();
  const box = (await element.boundingBox())!;
  const y = box.y + box.height * 0.4;
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * ((from + to) / 2), y, { steps: 4 });
  await page.mouse.move(box.x + box.width * to, y, { steps: 4 });
  await page.mouse.up();
}

test.describe('overview histogram', () => {
  test('is labelled by its bins, which follow the zoom, and brushing it sets from/to', async ({ page }) => {
    // A phone: the whole range at ~320 px gives days under 3 px, so the bins start as weeks.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/');
    await waitForTimeline(page);
    const weekly = page.getByRole('img', { name: 'Events per week' });
    await expect(weekly).toBeVisible();
    await dragAcross(page, weekly, 0.3, 0.36);
    await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    const brushed = windowInUrl(page);
    // 6% of a range of ~440 days (Oct 2023 – Dec 2024), snapped to whole days.
    expect((brushed.to - brushed.from) / DAY).toBeGreaterThan(20);
    expect((brushed.to - brushed.from) / DAY).toBeLessThan(36);
    // Fifteen months in ~320 px give a day under a pixel of the strip: the bins stay weeks…
    await expect(weekly).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // …until the strip is wide enough for a day's bar: then the brushed month is drawn by days.
    await page.setViewportSize({ width: 900, height: 800 });
    await expect(page.getByRole('img', { name: 'Events per day' })).toBeVisible();
  });

  test('a plain click centres the window there and keeps its span', async ({ page }) => {
    await page.goto('/?from=2023-10-10&to=2023-10-30');
    await waitForTimeline(page);
    const histogram = page.getByRole('img', { name: /^Events per (day|week)$/ });
    await histogram.scrollIntoViewIfNeeded();
    const box = (await histogram.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.8, box.y + box.height * 0.3);
    await expect(page).not.toHaveURL(/from=2023-10-10/);
    const centred = windowInUrl(page);
    expect(Math.round((centred.to - centred.from) / DAY)).toBe(21);
    expect(centred.from).toBeGreaterThan(Date.UTC(2024, 0, 1));
  });

  test('the series statements are reachable by keyboard and hover, with qualifier, date and who said it', async ({ page }) => {
    await page.goto('/');
    await waitForTimeline(page);
    const slider = page.getByRole('slider', { name: /Attacks on US forces.*statements/ });
    await slider.focus();
    await page.keyboard.press('End');
    // The last statement: the line stops there and says that no later figure was given.
    await expect(slider).toHaveAttribute('aria-valuetext', /^about 170 attacks by 23 Apr 2024, stated by ENM News.*; no later figure$/);
    await expect(page.getByText('no later figure', { exact: true })).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuetext', /^at least 170 attacks by 27 Feb 2024, stated by Pentagon officials/);
    await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuetext', /^more than 180 attacks by 20 Feb 2024, stated by Singh/);
    await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuetext', /^170 attacks by 13 Feb 2024, stated by Lt\. Col\. Bryon Garry/);
    await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuetext', 'more than 165 attacks by 13 Feb 2024, stated by Singh (no attacks since 4 Feb)');
    const tooltip = page.locator('.overview-tooltip');
    await expect(tooltip).toContainText('more than 165 attacks');
    await expect(tooltip).toContainText('Singh');
    await expect(tooltip).toContainText('The National');
    // The caption under the strip names the same statement and links its source.
    const caption = page.locator('.series-label');
    await expect(caption).toContainText('more than 165 by 13 Feb 2024, stated by Singh');
    const source = caption.getByRole('link', { name: /The National/ });
    await expect(source).toHaveAttribute('href', /^https?:\/\//);
    await expect(source).toHaveAttribute('target', '_blank');
    await expect(source).toHaveAttribute('rel', 'noopener noreferrer');

    // Hover: the 13th statement is "at least 121" on 4 Jan, from a US defense official.
    await slider.blur();
    const dots = page.locator('.overview-series__dot');
    await dots.nth(12).scrollIntoViewIfNeeded();
    const dot = (await dots.nth(12).boundingBox())!;
    await page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
    await expect(tooltip).toContainText('at least 121 attacks by 4 Jan 2024');
    await expect(tooltip).toContainText('US defense official');
  });

  test('the bars are stacked in category colours, and hovering one counts its events by category', async ({ page }) => {
    await page.goto('/');
    await waitForTimeline(page);
    const histogram = page.getByRole('img', { name: /^Events per (day|week)$/ });
    await histogram.scrollIntoViewIfNeeded();
    // The bars are counted in a render after the timeline's first frame: wait for them.
    const colours = () => histogram.locator('.overview-bar').evaluateAll((rects) => new Set(rects.map((rect) => getComputedStyle(rect).fill)).size);
    await expect.poll(colours).toBeGreaterThanOrEqual(4);
    // The busiest bar (the one whose segments reach highest) away from the series' dots, which
    // take the pointer within 10 px.
    const dots = await page.locator('.overview-series__dot').evaluateAll((circles) => circles.map((circle) => circle.getBoundingClientRect().x));
    const top = await histogram.locator('.overview-bar').evaluateAll((rects, dotXs) => {
      const boxes = rects.map((rect) => rect.getBoundingClientRect()).filter((box) => dotXs.every((x) => Math.abs(x - (box.left + box.width / 2)) > 14));
      const highest = boxes.reduce((best, box) => (box.top < best.top ? box : best));
      return { x: highest.left + highest.width / 2, y: highest.bottom - 1 };
    }, dots);
    await page.mouse.move(top.x, top.y);
    const tooltip = page.locator('.overview-tooltip');
    await expect(tooltip).toContainText(/\d+ events/);
    await expect(tooltip.locator('li')).not.toHaveCount(0);
  });
});

/** The map, opened from a "Map" tab when the screen has one. */
async function openMap(page: Page) {
  const tab = page.getByRole('tab', { name: /Map/ });
  if (await tab.count()) await tab.first().click();
  const map = page.getByRole('figure', { name: /Map of \d+ events?/ });
  await expect(map).toBeVisible();
  return map;
}

test.describe('map', () => {
  test('places the events, draws approximate places hollow, and opens an event from its point', async ({ page }) => {
    await page.goto('/');
    await waitForTimeline(page);
    const map = await openMap(page);
    // Every event with a place, but those in Washington (see below).
    const mapped = DEFAULT_EVENTS.filter((event) => event.place?.lat !== undefined && event.place.country !== 'USA');
    await expect(map).toHaveAccessibleName(`Map of ${mapped.length} events`);
    expect(await map.locator('.map-mark--approximate').count()).toBeGreaterThan(10);
    // Statements in Washington are listed, not framed: the map stays on the region.
    await expect(map.getByRole('button', { name: /Pentagon names the three soldiers killed at Tower 22/ })).toBeVisible();
    const point = map.getByRole('button', { name: /^4 Jan 2024: US drone strike/ });
    await point.click();
    await expect(page).toHaveURL(/\/events\/us-strike-baghdad-abu-taqwa/);
    await expect(point).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
  });

  test('points are one tab stop; arrows walk them in time order and Enter opens one', async ({ page }) => {
    await page.goto('/');
    await waitForTimeline(page);
    const map = await openMap(page);
    const stops = map.locator('[role="button"][tabindex="0"]');
    await expect(stops).toHaveCount(1);
    await stops.focus();
    const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(second).not.toBe(first);
    expect(second).toMatch(/\d{4}: /);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/events\/[a-z0-9-]+/);
  });
});

async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

test.describe('downloads', () => {
  test('CSV: our template, with a title row, category rows and one row per event shown', async ({ page }) => {
    await page.goto('/');
    await waitForTimeline(page);
    const { name, bytes } = await download(page, 'Download CSV');
    expect(name).toMatch(/^attacks-on-us-forces[a-z0-9-]*-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    const lines = text.split('\r\n');
    // Our spreadsheet template (README, "Make your own timeline"), so the download loads again.
    expect(lines[0]).toMatch(/^type,id,date,end,approximate,title,label,key,summary,category,place_name,country,lat,lon,precision,actors,killed,injured,casualty_note,tags,status,updated,source_1_url,source_1_title,source_1_publisher,source_1_published,source_1_archived,.*,color,license,license_url,publisher,revision,language,default_language,title_ar,label_ar,summary_ar,translated_from_ar$/);
    expect(lines[1]).toMatch(/^title,,\d{4}-\d{2}-\d{2},,,"?Attacks on US forces/);
    expect(text).toContain('us-strike-baghdad-abu-taqwa,2024-01-04,');
    expect(text).toContain('https://foxnews.com/');
    // The Arabic travels in its own columns, whatever the page's language.
    expect(text).toContain('ضربة بطائرة مسيّرة أمريكية في بغداد تقتل قائد النجباء «أبو تقوى»');
  });

  test('JSON: our dataset format, which loads again', async ({ page }) => {
    await page.goto('/');
    await waitForTimeline(page);
    const { name, bytes } = await download(page, 'Download JSON');
    expect(name).toMatch(/\.json$/);
    const file = JSON.parse(bytes.toString('utf8'));
    expect(file.version).toBe(1);
    expect(file.events).toHaveLength(TOTAL);
    expect(file.categories.length).toBeGreaterThan(0);
    expect(file.events.find((event: { id: string }) => event.id === 'us-strike-baghdad-abu-taqwa').date).toBe('2024-01-04');
  });

  test('SVG and PNG: a picture of the timeline with its credit line', async ({ page }) => {
    await page.goto('/?from=2024-01-01&to=2024-01-31');
    await waitForTimeline(page);
    const svg = await download(page, 'Download SVG');
    expect(svg.name).toMatch(/-2024-01-01-to-2024-01-31\.svg$/);
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toContain('1 Jan 2024 – 31 Jan 2024');
    expect(text).toContain('· conflict-timeline</text>');
    expect(text).toContain('US drone strike');
    const png = await download(page, 'Download PNG');
    expect(png.name).toMatch(/\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.length).toBeGreaterThan(10_000);
  });

  test('SVG of a hostile dataset: its text stays text', async ({ page }) => {
    await page.route(
      (url) => url.pathname === '/fixtures/hostile.json',
      (route) => route.fulfill({ path: HOSTILE }),
    );
    await page.goto('/?data=/fixtures/hostile.json');
    await waitForTimeline(page);
    const { bytes } = await download(page, 'Download SVG');
    const text = bytes.toString('utf8');
    // Every tag in the file is one the exporter writes (the screen's axis and marks, and a
    // <style> with the light theme); the data's markup is escaped text.
    const tags = text.match(/<[^>]*>/g) ?? [];
    for (const tag of tags) {
      expect(tag).toMatch(/^<\/?(\?xml|svg|title|style|g|rect|text|line|path|circle|ellipse)[\s>/]/);
      // No event-handler attribute: look at attribute names only, not at (escaped) values.
      expect(tag.replace(/"[^"]*"/g, '""')).not.toMatch(/\son\w+\s*=/i);
    }
    expect(text).toContain('&lt;');
  });
});
