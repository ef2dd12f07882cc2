import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// /make, the page for authors: a chosen or dropped file previews (read in the browser), its bad
// rows are named by row number and it downloads as our JSON; a pasted link previews and gives
// the share link and embed code. docs.google.com is played by page.route (tests never go online).

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const fixture = (name: string) => `${FIXTURES}${name}`;

const SHEET_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123';
const EDIT_LINK = `https://docs.google.com/spreadsheets/d/${SHEET_ID}/edit#gid=42`;
const isExport = (url: URL) => url.hostname === 'docs.google.com' && url.pathname === `/spreadsheets/d/${SHEET_ID}/export`;

const SHEET_ROWS = [
  'Row 6: date — the Year "20x4" is not a number (write the year alone, such as 2024)',
  'Row 7: date — the Month "13" is not a month (write 1 to 12, or its name)',
  'Row 8 (the-thirtieth-of-february): date — "2024-02-30" is not a calendar date (that month has 29 days)',
  'Row 10 (no-source-given): sources — at least one source is required',
];

function timeline(page: Page) {
  return page.getByRole('region', { name: 'Timeline of events' });
}

function fileInput(page: Page) {
  return page.getByLabel('Choose a file, or drop it here');
}

async function expectSheetPreview(page: Page) {
  // The focus lands on what was read (the author asked for it).
  await expect(page.getByRole('heading', { level: 2, name: 'Fixture TimelineJS sheet' })).toBeFocused();
  await expect(timeline(page)).toHaveAttribute('aria-busy', 'false');
  for (const title of [/Drone strike reported/, /Talks held/, /Winter escalation/]) {
    await expect(timeline(page).getByRole('button', { name: title })).toHaveCount(1);
  }
  const notice = page.getByRole('status').filter({ hasText: 'not match the dataset format' });
  await expect(notice).toContainText('4 records skipped');
  await notice.getByText('Which records, and why').click();
  await expect(notice.getByRole('listitem')).toHaveText(SHEET_ROWS);
}

test('a chosen file previews, names its bad rows, and downloads as our JSON', async ({ page }) => {
  await page.goto('/make');
  await expect(page.getByText('nothing is uploaded')).toBeVisible();
  await fileInput(page).setInputFiles(fixture('timelinejs-sheet.csv'));
  await expectSheetPreview(page);
  // The live region says what was read.
  await expect(page.getByRole('status').filter({ hasText: 'Read 3 events from timelinejs-sheet.csv; 4 records skipped.' })).toBeAttached();
  // A local file has no address: no share link, and a note that says what to do instead.
  await expect(page.getByLabel('Link to your timeline')).toHaveCount(0);
  await expect(page.getByText('its data must be on the web')).toBeVisible();
  await expect(page.getByRole('link', { name: 'our template (template.csv)' })).toHaveAttribute('href', '/template.csv');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as JSON' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('timelinejs-sheet.json');
  const saved = await download.path();
  const file = JSON.parse(readFileSync(saved, 'utf8')) as { version: number; title: string; events: { title: string; date: string }[] };
  expect(file.version).toBe(1);
  expect(file.title).toBe('Fixture TimelineJS sheet');
  expect(file.events.map((event) => event.title).sort()).toEqual(['Drone strike reported', 'Talks held', 'Winter escalation']);

  // The downloaded file loads as it is, with nothing skipped.
  await page.route((url) => url.pathname === '/fixtures/converted.json', (route) => route.fulfill({ path: saved, contentType: 'application/json' }));
  await page.goto('/?data=/fixtures/converted.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture TimelineJS sheet');
  await expect(page.getByText('3 of 3 events')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'skipped' })).toHaveCount(0);
});

test('a dropped file previews (an Excel workbook, read in the browser)', async ({ page }) => {
  await page.goto('/make');
  const bytes = readFileSync(fixture('workbook.xlsx')).toString('base64');
  const zone = fileInput(page).locator('xpath=..');
  await zone.evaluate((element, base64) => {
    const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([data], 'workbook.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      element.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, bytes);
  await expect(page.getByRole('heading', { level: 2, name: 'Fixture workbook' })).toBeVisible();
  await expect(timeline(page)).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByText('2 events from workbook.xlsx.')).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'not match the dataset format' });
  await notice.getByText('Which records, and why').click();
  await expect(notice.getByRole('listitem')).toHaveText([/^Row 5 \(bad-date\): date — /]);
});

test('a pasted link previews and gives the share link and embed code for it', async ({ page, baseURL }) => {
  await page.route(isExport, (route) =>
    route.fulfill({ path: fixture('timelinejs-sheet.csv'), contentType: 'text/csv', headers: { 'access-control-allow-origin': '*' } }),
  );
  await page.goto('/make');
  await page.getByLabel('Paste a link').fill(EDIT_LINK);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page).toHaveURL(`/make?data=${encodeURIComponent(EDIT_LINK)}`);
  await expectSheetPreview(page);

  const shareUrl = `${baseURL}?data=${encodeURIComponent(EDIT_LINK)}`;
  await expect(page.getByLabel('Link to your timeline')).toHaveValue(shareUrl);
  const embed = page.getByLabel('Embed code, for an article');
  await expect(embed).toHaveValue(new RegExp(`^<iframe src="${escapeRegExp(`${baseURL}embed?data=${encodeURIComponent(EDIT_LINK)}`)}" title="Fixture TimelineJS sheet – timeline"`));
  await expect(page.getByRole('button', { name: 'Download as JSON' })).toHaveCount(0);

  // The share link opens the same timeline.
  await page.getByRole('link', { name: 'Open it' }).click();
  await expect(page).toHaveURL(shareUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture TimelineJS sheet');
});

test('a link that is not a web address is refused, with the reason', async ({ page }) => {
  await page.goto('/make');
  await page.getByLabel('Paste a link').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('alert')).toHaveText(/not a web address/);
  await expect(page).toHaveURL('/make');
});

test('the header links to /make, and so does the page of a dataset that fails to load', async ({ page }) => {
  await page.goto('/');
  await expect(timeline(page)).toHaveAttribute('aria-busy', 'false');
  await page.getByRole('link', { name: 'Make your own timeline' }).click();
  await expect(page).toHaveURL('/make');
  await expect(page.getByRole('heading', { level: 1, name: 'Make your own timeline' })).toBeVisible();
  await expect(page).toHaveTitle('Make your own timeline');

  // Not in an embed, whose readers are not its authors.
  await page.goto('/embed');
  await expect(timeline(page)).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByRole('link', { name: 'Make your own timeline' })).toHaveCount(0);

  await page.goto('/?data=/fixtures/no-such-file.json');
  const error = page.getByRole('alert').filter({ hasText: 'The events could not be loaded' });
  await error.getByRole('link', { name: 'Make your own timeline' }).click();
  await expect(page).toHaveURL(`/make?data=${encodeURIComponent('/fixtures/no-such-file.json')}`);
  // /make says the same, for the author to fix.
  await expect(page.getByRole('alert').filter({ hasText: 'The events could not be loaded' })).toContainText('no-such-file.json');
});

test('no sideways scroll at 360 px, empty or with a file loaded', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/make');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await fileInput(page).setInputFiles(fixture('timelinejs-sheet.csv'));
  await expect(timeline(page)).toHaveAttribute('aria-busy', 'false');
  expect(await overflow()).toBeLessThanOrEqual(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`/make has no serious or critical axe violations (${scheme}), empty or with a file loaded`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/make');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(await serious()).toEqual([]);
    await fileInput(page).setInputFiles(fixture('timelinejs-sheet.csv'));
    await expect(timeline(page)).toHaveAttribute('aria-busy', 'false');
    expect(await serious()).toEqual([]);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
