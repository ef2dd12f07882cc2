import { expect, test, type Page } from '@playwright/test';
import { ByteWriter } from 'hyparquet-writer';
import { byteRange } from '../scripts/bench/bench-server.ts';
import { writeDenseParquet } from '../scripts/parquet/dense-parquet.ts';

// A Parquet dataset of 130,000 events (the benchmark's dense profile: 120 days from 1 Jan 2024),
// more than one window loads at once (120,000 rows), served by the test with Range support or
// without it, as some hosts do.
const COUNT = 130_000;
let file: Buffer;

test.beforeAll(async () => {
  const writer = new ByteWriter();
  await writeDenseParquet(writer, COUNT);
  file = Buffer.from(writer.getBuffer());
});

/** Serves the file; returns how many body bytes were sent. */
async function serve(page: Page, ranges: boolean): Promise<() => number> {
  let sent = 0;
  await page.route(
    (url) => url.pathname.endsWith('/dense.parquet'),
    (route) => {
      const range = ranges ? byteRange(route.request().headers().range, file.byteLength) : undefined;
      if (range === 'unsatisfiable') return route.fulfill({ status: 416 });
      const { start, end } = range ?? { start: 0, end: file.byteLength - 1 };
      sent += end - start + 1;
      return route.fulfill({
        status: range ? 206 : 200,
        contentType: 'application/octet-stream',
        headers: range ? { 'Content-Range': `bytes ${start}-${end}/${file.byteLength}`, 'Accept-Ranges': 'bytes' } : {},
        body: file.subarray(start, end + 1),
      });
    },
  );
  return () => sent;
}

const timeline = (page: Page) => page.getByRole('region', { name: /Timeline/ });
const notice = (page: Page) => page.getByRole('status', { name: 'Large dataset' });

/** Draws a one-week brush on the overview, from 40% of its width, and holds it (the button stays down). */
async function holdWeekBrush(page: Page) {
  await page.locator('.overview__plot').scrollIntoViewIfNeeded();
  const box = (await page.locator('.overview__plot').boundingBox())!;
  const x = box.x + box.width * 0.4;
  await page.mouse.move(x, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(x + (box.width * 7) / 120, box.y + 20, { steps: 4 });
}

/** Brushes one week on the overview and lets go. */
async function brushWeek(page: Page) {
  await holdWeekBrush(page);
  await page.mouse.up();
}

test.describe('a Parquet dataset', () => {
  test.setTimeout(90_000);

  test('draws its overview from the footer, then loads only the row groups a zoomed window needs', async ({ page }) => {
    const sent = await serve(page, true);
    await page.goto('/?data=/dense.parquet');
    await expect(timeline(page)).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
    // The overview counts the whole file, from the footer alone.
    await expect(page.getByRole('img', { name: /Events per (day|week)/ })).toHaveAccessibleDescription(/^130,?000 events; the busiest/);
    await expect(notice(page)).toContainText('This window holds about 130,000 events, more than the 120,000 loaded at once: zoom in to see them.');
    await expect(notice(page)).toContainText('This file has 130,000 events: the overview counts them all');
    const footerBytes = sent();
    expect(footerBytes).toBeLessThan(file.byteLength / 10);

    await brushWeek(page);
    await expect(notice(page)).toContainText(/Loaded the events of \d+ \w+ 2024 to \d+ \w+ 2024 \([\d,]+ held\)/, { timeout: 20_000 });
    // The week's events are on the page: counted in the header and listed.
    await expect(page.getByText(/^[1-9][\d,]* of 130,000 events$/)).toBeVisible();
    await expect(page.getByRole('table').first().getByRole('row').nth(1)).toContainText(/Feb 2024.*Example Wire/);
    // And drawn: the timeline's tab stop is the first event in view, a synthetic one.
    await expect(timeline(page).locator('[role="button"][tabindex="0"]')).toHaveAttribute('aria-label', /Feb 2024/);
    expect(sent()).toBeGreaterThan(footerBytes);
    expect(sent()).toBeLessThan(file.byteLength / 2);
  });

  test('starts loading the brushed week while the brush is still held', async ({ page }) => {
    const sent = await serve(page, true);
    await page.goto('/?data=/dense.parquet');
    await expect(timeline(page)).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
    await expect(notice(page)).toContainText('zoom in to see them');
    const footerBytes = sent();
    await holdWeekBrush(page);
    // Not let go yet: the week's row groups are already on their way.
    await expect.poll(sent, { timeout: 10_000 }).toBeGreaterThan(footerBytes);
    await page.mouse.up();
    await expect(notice(page)).toContainText(/Loaded the events of \d+ \w+ 2024 to \d+ \w+ 2024/, { timeout: 20_000 });
  });

  test('starts loading the week while the wheel is still turning', async ({ page }) => {
    const sent = await serve(page, true);
    await page.goto('/?data=/dense.parquet');
    await expect(timeline(page)).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
    const footerBytes = sent();
    // A wheel turned in the page itself, a notch every 40 ms (never the 120 ms pause after which
    // the page settles on a window): twelve notches in to about a week, then slight ones that
    // keep the gesture going until the test stops it.
    const box = (await page.locator('.timeline-plot').boundingBox())!;
    await page.evaluate(({ x, y }) => {
      const plot = document.querySelector('.timeline-plot')!;
      let notch = 0;
      const timer = setInterval(() => {
        const deltaY = notch++ < 12 ? (-400 * Math.log(120 / 7)) / 12 : -0.01;
        plot.dispatchEvent(new WheelEvent('wheel', { deltaY, clientX: x, clientY: y, bubbles: true, cancelable: true }));
      }, 40);
      (window as unknown as { stopWheel: () => void }).stopWheel = () => clearInterval(timer);
    }, { x: box.x + box.width * 0.4, y: box.y + Math.min(box.height / 2, 120) });
    // Still turning: the window is not settled, so nothing says it is loaded, but its row
    // groups (of 20,000 rows: more than a tenth of the file) are on their way.
    await expect.poll(sent, { timeout: 10_000 }).toBeGreaterThan(footerBytes + file.byteLength / 10);
    await expect(notice(page)).not.toContainText('Loaded the events of');
    await page.evaluate(() => (window as unknown as { stopWheel: () => void }).stopWheel());
    await expect(notice(page)).toContainText(/Loaded the events of \d+ \w+ 2024 to \d+ \w+ 2024/, { timeout: 20_000 });
  });

  test('still opens from a host that ignores Range, and says that is slower', async ({ page }) => {
    const sent = await serve(page, false);
    await page.goto('/?data=/dense.parquet');
    await expect(timeline(page)).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
    await expect(notice(page)).toContainText('This host does not answer range requests, so the whole file');
    await expect(page.getByRole('img', { name: /Events per (day|week)/ })).toHaveAccessibleDescription(/^130,?000 events/);
    await brushWeek(page);
    await expect(notice(page)).toContainText('Loaded the events of', { timeout: 20_000 });
    // One download of the whole file, and nothing more after it.
    expect(sent()).toBe(file.byteLength);
  });
});
