import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

// Spreadsheets through ?data=: TimelineJS's sheet template, our own template, an .xlsx, and a
// Google Sheets link, with docs.google.com played by page.route (tests never go online).

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const fixture = (name: string) => `${FIXTURES}${name}`;
const fixtureUrl = (name: string) => (url: URL) => url.pathname === `/fixtures/${name}`;

const SHEET_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123';
const EDIT_LINK = `https://docs.google.com/spreadsheets/d/${SHEET_ID}/edit#gid=42`;
const isExport = (url: URL) => url.hostname === 'docs.google.com' && url.pathname === `/spreadsheets/d/${SHEET_ID}/export`;

function timeline(page: Page) {
  return page.getByRole('region', { name: /Timeline/ });
}

async function expectLoaded(page: Page, title: string, count: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText(count)).toBeVisible();
  await expect(timeline(page)).toHaveAttribute('aria-busy', 'false');
}

test("a TimelineJS sheet as CSV loads, and its bad rows are named by the sheet's row numbers", async ({ page }) => {
  await page.route(fixtureUrl('timelinejs-sheet.csv'), (route) => route.fulfill({ path: fixture('timelinejs-sheet.csv'), contentType: 'text/csv' }));
  await page.goto('/?data=/fixtures/timelinejs-sheet.csv');
  await expectLoaded(page, 'Fixture TimelineJS sheet', '3 of 3 events');
  const notice = page.getByRole('status').filter({ hasText: 'records skipped' });
  await expect(notice).toContainText('4 records skipped');
  await notice.getByText('Which records, and why').click();
  await expect(notice.getByRole('listitem')).toHaveText([
    'Row 6: date — the Year "20x4" is not a number (write the year alone, such as 2024)',
    'Row 7: date — the Month "13" is not a month (write 1 to 12, or its name)',
    'Row 8 (the-thirtieth-of-february): date — "2024-02-30" is not a calendar date (that month has 29 days)',
    'Row 10 (no-source-given): sources — at least one source is required',
  ]);
  await expect(timeline(page).getByRole('button', { name: /Winter escalation/ })).toHaveCount(1);
});

test('our CSV template, as the app serves it (/template.csv), loads clean', async ({ page }) => {
  await page.goto('/?data=/template.csv');
  await expectLoaded(page, 'Attacks on US forces in Iraq and Syria, Oct 2023 – Dec 2024', '3 of 3 events');
  await expect(page.getByRole('status').filter({ hasText: 'records skipped' })).toHaveCount(0);
  await page.goto('/events/us-strike-baghdad-abu-taqwa?data=/template.csv');
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(/Baghdad/);
});

test('an Excel workbook loads: the first sheet, or the one named by #sheet=', async ({ page }) => {
  await page.route(fixtureUrl('workbook.xlsx'), (route) =>
    route.fulfill({ path: fixture('workbook.xlsx'), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  );
  await page.goto('/?data=/fixtures/workbook.xlsx');
  await expectLoaded(page, 'Fixture workbook', '2 of 2 events');
  const notice = page.getByRole('status').filter({ hasText: 'record skipped' });
  await notice.getByText('Which records, and why').click();
  await expect(notice.getByRole('listitem')).toHaveText([/^Row 5 \(bad-date\): date — /]);
  await page.goto(`/?data=${encodeURIComponent('/fixtures/workbook.xlsx#sheet=TimelineJS')}`);
  await expectLoaded(page, 'Fixture TimelineJS workbook', '1 of 1 event');
});

test('a Google Sheets edit link loads the tab it shows, as CSV', async ({ page }) => {
  const asked: string[] = [];
  await page.route(isExport, (route) => {
    asked.push(route.request().url());
    return route.fulfill({ path: fixture('timelinejs-sheet.csv'), contentType: 'text/csv', headers: { 'access-control-allow-origin': '*' } });
  });
  await page.goto(`/?data=${encodeURIComponent(EDIT_LINK)}`);
  await expectLoaded(page, 'Fixture TimelineJS sheet', '3 of 3 events');
  expect(asked).toContain(`https://docs.google.com/spreadsheets/d/${SHEET_ID}/export?format=csv&gid=42`);
});

test('a Google Sheet that is not shared says how to publish it', async ({ page }) => {
  await page.route(isExport, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'access-control-allow-origin': '*' },
      body: '<!doctype html><html><head><title>Sign in - Google Accounts</title></head><body>Sign in</body></html>',
    }),
  );
  await page.goto(`/?data=${encodeURIComponent(EDIT_LINK)}`);
  const error = page.getByRole('alert').filter({ hasText: 'The events could not be loaded' });
  await expect(error).toContainText('File → Share → Publish to web');
  await expect(error).toContainText('"Anyone with the link"');
  await expect(error).toContainText(EDIT_LINK);
});
