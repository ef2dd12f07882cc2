import { expect, test, type Page } from '@playwright/test';
import { generateDataset } from '../bench/generate-dataset.ts';
import { parseDataset } from '../src/data/parse-dataset.ts';
import { markLabel } from '../src/timeline/model/mark-label.ts';

// 20,000 generated events (the benchmark's generator), served by the test itself.
const DATASET = generateDataset({ count: 20_000, seed: 7 });
const BODY = JSON.stringify(DATASET);
const EVENTS = parseDataset(DATASET).dataset.events;

function timeline(page: Page) {
  return page.getByRole('region', { name: /Timeline/ });
}

async function open(page: Page, query = '') {
  // **/bench-fixture.json, by path: a glob would also catch the page's own URL (?data=/bench-fixture.json).
  await page.route((url) => url.pathname.endsWith('/bench-fixture.json'), (route) => route.fulfill({ body: BODY, contentType: 'application/json' }));
  await page.goto(`/?data=/bench-fixture.json${query}`);
  await expect(timeline(page)).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
}

test.describe('20,000 events', () => {
  test.setTimeout(60_000);

  test('draws on a canvas, counts every event, and keeps the keyboard walk', async ({ page }) => {
    await open(page);
    await expect(timeline(page).locator('.timeline-plot')).toHaveAttribute('data-render', 'canvas');
    await expect(timeline(page).locator('canvas')).toBeVisible();
    await expect(page.getByText(/^[\d,]+ of 20,000 events$/)).toBeVisible();

    // One tab stop, an SVG button over the canvas named "date: title": the first event in view.
    const tabStop = timeline(page).locator('[role="button"][tabindex="0"]');
    await expect(tabStop).toHaveCount(1);
    await expect(tabStop).toHaveAttribute('aria-label', markLabel(EVENTS[0]!));
    await tabStop.focus();
    await page.keyboard.press('ArrowRight');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    await expect.poll(focused).toBe(markLabel(EVENTS[1]!));
    await page.keyboard.press('ArrowRight');
    await expect.poll(focused).toBe(markLabel(EVENTS[2]!));
  });

  test('wheel zoom and drag redraw the canvas, and the page follows when the gesture pauses', async ({ page }) => {
    await open(page);
    const plot = timeline(page).locator('.timeline-plot');
    const box = (await plot.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 100);
    for (let step = 0; step < 8; step++) await page.mouse.wheel(0, -120);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 150, box.y + 100, { steps: 6 });
    await page.mouse.up();
    await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}.*&to=\d{4}-\d{2}-\d{2}/);
    await expect(page.getByText(/^[\d,]+ of 20,000 events$/)).not.toHaveText('20,000 of 20,000 events');
    await expect(timeline(page)).toHaveAttribute('aria-busy', 'false');
  });

  test('hovering a density column tells its count', async ({ page }) => {
    await open(page);
    const band = (await timeline(page).locator('rect.lane-band').first().boundingBox())!;
    const tooltip = page.locator('.timeline-tooltip');
    for (let x = band.x + band.width * 0.3; x < band.x + band.width * 0.7; x += 3) {
      await page.mouse.move(x, band.y + band.height - 6);
      if (await tooltip.isVisible()) break;
    }
    await expect(tooltip).toContainText(/\d+ events?: click to zoom in/);
  });

  test('hover shows a tooltip and a click on the canvas opens that event', async ({ page }) => {
    // Five months: more than 1,500 events in view (canvas), with single marks in the quieter lanes.
    await open(page, '&from=2021-03-01&to=2021-07-31');
    await expect(timeline(page).locator('canvas')).toBeVisible();
    const band = (await timeline(page).locator('rect.lane-band').nth(3).boundingBox())!;
    const tooltipTitle = page.locator('.timeline-tooltip .timeline-tooltip__title');
    const firstRow = band.y + 13 + 5 + 17 / 2;
    let title = '';
    let x = band.x + 40;
    const settled = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    for (; x < band.x + band.width - 20 && !title; x += 3) {
      await page.mouse.move(x, firstRow);
      if ((await tooltipTitle.count()) > 0) title = (await tooltipTitle.textContent()) ?? '';
      if (/click to zoom in/.test(title)) title = '';
      if (!title) continue;
      // The tooltip may still show the mark the pointer just left: keep the title only if it
      // holds once the hover under the pointer has rendered.
      await settled();
      const current = (await tooltipTitle.count()) > 0 ? await tooltipTitle.textContent() : '';
      if (current !== title) title = '';
    }
    expect(title).not.toBe('');
    // A mark painted on the canvas, not the SVG button of the tab stop.
    expect(await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.tagName, [x - 3, firstRow])).toBe('CANVAS');
    await page.mouse.down();
    await page.mouse.up();
    const panel = page.getByRole('complementary');
    await expect(page).toHaveURL(/\/events\/ev-\d+/);
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(title);
  });
});
