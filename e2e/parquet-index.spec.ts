import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { byteRange } from '../scripts/bench/bench-server.ts';
import { writeDenseSplit } from '../scripts/parquet/dense-parquet.ts';

// The Parquet spec's 130,000 events (120 days from 1 Jan 2024), split by month as
// `convert --split-by=month` splits them: four files and the index that lists them, served by
// the test with Range, as an object store serves them.
const COUNT = 130_000;
const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04'];
let dir: string;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ct-parquet-index-'));
  await writeDenseSplit(join(dir, 'dense.parquet'), COUNT, 'month');
  const index = JSON.parse(readFileSync(join(dir, 'dense.parquet-index.json'), 'utf8')) as { files: unknown[] };
  // An index whose second entry is no http(s) address once resolved.
  writeFileSync(join(dir, 'bad.parquet-index.json'), JSON.stringify({ ...index, files: [index.files[0], { url: 'javascript:alert(1)' }] }));
});

// Four files of a few MB each per run: not left in the machine's temporary folder.
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Serves the folder under /months/; returns the ranges asked of each file (by name). */
async function serve(page: Page): Promise<Map<string, string[]>> {
  const asked = new Map<string, string[]>();
  await page.route(
    (url) => url.pathname.startsWith('/months/'),
    (route) => {
      const name = basename(new URL(route.request().url()).pathname);
      let file: Buffer;
      try {
        file = readFileSync(join(dir, name));
      } catch {
        return route.fulfill({ status: 404, body: 'not found' });
      }
      if (name.endsWith('.json')) return route.fulfill({ status: 200, contentType: 'application/json', body: file });
      const header = route.request().headers().range;
      asked.set(name, [...(asked.get(name) ?? []), header ?? '']);
      const range = byteRange(header, file.byteLength);
      if (range === 'unsatisfiable') return route.fulfill({ status: 416 });
      const { start, end } = range ?? { start: 0, end: file.byteLength - 1 };
      return route.fulfill({
        status: range ? 206 : 200,
        contentType: 'application/octet-stream',
        headers: range ? { 'Content-Range': `bytes ${start}-${end}/${file.byteLength}`, 'Accept-Ranges': 'bytes' } : {},
        body: file.subarray(start, end + 1),
      });
    },
  );
  return asked;
}

const timeline = (page: Page) => page.getByRole('region', { name: /Timeline/ });
const notice = (page: Page) => page.getByRole('status', { name: 'Large dataset' });
const listRow = (page: Page, n: number) => page.getByRole('table').first().getByRole('row').nth(n);

/** Brushes the overview from day `from` to day `to` of the 120 (the strip's domain is the data's extent). */
async function brushDays(page: Page, from: number, to: number) {
  await page.locator('.overview__plot').scrollIntoViewIfNeeded();
  const box = (await page.locator('.overview__plot').boundingBox())!;
  await page.mouse.move(box.x + (box.width * from) / 120, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + (box.width * to) / 120, box.y + 20, { steps: 4 });
  await page.mouse.up();
}

test.describe('an index of Parquet files', () => {
  test.setTimeout(90_000);

  test('draws the overview of all its files, loads a window across two of them, and opens an event by its link', async ({ page }) => {
    const asked = await serve(page);
    await page.goto('/?data=/months/dense.parquet-index.json');
    await expect(timeline(page)).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
    // Every file's footer, and the overview counts them all.
    expect([...asked.keys()].sort()).toEqual(MONTHS.map((month) => `dense-${month}.parquet`));
    await expect(page.getByRole('img', { name: /Events per (day|week)/ })).toHaveAccessibleDescription(/^130,?000 events; the busiest/);
    await expect(notice(page)).toContainText('These 4 files have 130,000 events: the overview counts them all');
    await expect(notice(page)).toContainText('zoom in to see them');
    const footers = new Map([...asked].map(([name, ranges]) => [name, ranges.length]));

    // Five days across the end of January: the last rows of one file, the first of the next.
    await brushDays(page, 28.5, 33.5);
    await expect(notice(page)).toContainText(/Loaded the events of \d+ Jan 2024 to \d+ Feb 2024 \([\d,]+ held\)/, { timeout: 20_000 });
    const read = (name: string) => (asked.get(name)?.length ?? 0) - (footers.get(name) ?? 0);
    expect(read('dense-2024-01.parquet')).toBeGreaterThan(0);
    expect(read('dense-2024-02.parquet')).toBeGreaterThan(0);
    expect(read('dense-2024-03.parquet') + read('dense-2024-04.parquet')).toBe(0);
    // Events of both files in the list: January's first, February's once the newest come first.
    await expect(page.getByText(/^[1-9][\d,]* of 130,000 events$/)).toBeVisible();
    await expect(listRow(page, 1)).toContainText(/Jan 2024.*Example Wire/);
    await page.getByRole('button', { name: /^Date/ }).click();
    await expect(listRow(page, 1)).toContainText(/Feb 2024.*Example Wire/);

    // A February event, by the link the page gives it, in a fresh page.
    const title = (await listRow(page, 1).getByRole('button').first().textContent())!.trim();
    await listRow(page, 1).getByRole('button').first().click();
    await expect(page).toHaveURL(/\/events\/ev-\d+/);
    await expect(page).toHaveURL(/from=/, { timeout: 5_000 });
    const link = page.url();
    await page.goto('about:blank');
    await page.goto(link);
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(title, { timeout: 20_000 });
  });

  test('says which entry of a bad index it will not open', async ({ page }) => {
    const asked = await serve(page);
    await page.goto('/?data=/months/bad.parquet-index.json');
    await expect(page.getByText('Entry 2 of this index of Parquet files, "javascript:alert(1)", is not an http(s) address, so it is not opened.')).toBeVisible({ timeout: 20_000 });
    // Nothing was asked of any file before the index was checked.
    expect(asked.size).toBe(0);
  });

  test('says so in Arabic to an Arabic reader, the address kept left to right', async ({ page }) => {
    const asked = await serve(page);
    await page.goto('/ar/?data=/months/bad.parquet-index.json');
    // The address is isolated (U+2068 … U+2069), so its own direction cannot reorder the sentence around it.
    const message = page.getByText(/المُدخل 2 من فهرس ملفات Parquet هذا، \u2068"javascript:alert\(1\)"\u2069، ليس عنوان \u2066http\(s\)\u2069، فلا يُفتح\./);
    await expect(message).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    expect(asked.size).toBe(0);
  });
});
