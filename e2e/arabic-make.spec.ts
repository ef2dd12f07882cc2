import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Route } from '@playwright/test';
import { englishCataloguePhrases, wordsNotMarkedEnglish } from './support/ui-words.ts';

// Issue 16 in Arabic beyond the timeline screen: the /make page (empty, with a file, with a bad
// file, with a link) and a dataset that fails to load say nothing in English but what they mark
// as English (the validator's reasons, an engine's message, untranslated data), and axe finds
// nothing serious. The English to look for is the app's own: every phrase of its catalogues.

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const fixture = (name: string) => `${FIXTURES}${name}`;
const ENGLISH = englishCataloguePhrases();
const fixtureUrl = (name: string) => (url: URL) => url.pathname === `/fixtures/${name}`;
/** The text with the Unicode isolates around Latin text and names taken out. */
const plain = (text: string | null) => (text ?? '').replace(/[\u2066-\u2069]/g, '');

// Data, not the app's words: the TimelineJS importer's own category for eras (its description
// is written into the author's dataset, in English, as the sheet's titles are).
const DATA_TEXT = ['Periods marked in the TimelineJS file.'];

async function expectNoEnglish(page: Page) {
  const words = DATA_TEXT.reduce((text, data) => text.replaceAll(data, ''), await wordsNotMarkedEnglish(page));
  expect(ENGLISH.length).toBeGreaterThan(250);
  expect(ENGLISH.filter((phrase) => words.includes(phrase))).toEqual([]);
}

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

function fileInput(page: Page) {
  return page.getByLabel('اختر ملفًا، أو أفلته هنا');
}

function timeline(page: Page) {
  return page.getByRole('region', { name: 'الخط الزمني للأحداث' });
}

test('/make?lang=ar: right to left, in Arabic, and axe finds nothing serious', async ({ page }) => {
  await page.goto('/make?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'اصنع خطك الزمني' })).toBeVisible();
  await expect(page).toHaveTitle('اصنع خطك الزمني');
  await expect(page.getByRole('link', { name: 'قالبنا (template.csv)' })).toHaveAttribute('href', '/template.csv');
  // The way back keeps the language the link asked for.
  await expect(page.getByRole('link', { name: '→ الخط الزمني' })).toHaveAttribute('href', '/ar/');
  // An address reads left to right in the link field.
  await expect(page.getByLabel('الصق رابطًا')).toHaveAttribute('dir', 'ltr');
  await expectNoEnglish(page);
  await expectNoSeriousAxeViolations(page);
});

test('/make?lang=ar with a file: the result in Arabic, the reasons marked as English', async ({ page }) => {
  await page.goto('/make?lang=ar');
  await fileInput(page).setInputFiles(fixture('timelinejs-sheet.csv'));
  await expect(page.getByRole('heading', { level: 2, name: 'Fixture TimelineJS sheet' })).toBeFocused();
  await expect(timeline(page)).toHaveAttribute('aria-busy', 'false');
  expect(plain(await page.locator('.make-step__lead').first().textContent())).toBe('3 أحداث من timelinejs-sheet.csv.');
  const status = page.getByRole('status').filter({ hasText: 'قُرئت 3 أحداث' });
  expect(plain(await status.textContent())).toBe('قُرئت 3 أحداث من timelinejs-sheet.csv؛ وتُخطّيت 4 سجلات.');
  const notice = page.getByRole('status').filter({ hasText: 'تُخطّيت 4 سجلات' });
  await notice.getByText('أيّ السجلات، ولماذا').click();
  await expect(notice.getByText('تَرِد الأسباب بالإنجليزية، كما تصوغها أداة التحقق.')).toBeVisible();
  const items = notice.getByRole('listitem');
  await expect(items.first()).toHaveText('الصف 6: date — the Year "20x4" is not a number (write the year alone, such as 2024)');
  const reason = items.first().locator('[lang="en"]');
  await expect(reason).toHaveAttribute('dir', 'ltr');
  await expect(reason).toHaveText('date — the Year "20x4" is not a number (write the year alone, such as 2024)');
  await expect(page.getByRole('button', { name: 'تنزيل بصيغة JSON' })).toBeVisible();
  await expectNoEnglish(page);
  await expectNoSeriousAxeViolations(page);
});

test('/make?lang=ar with a file that cannot be read: why, in Arabic, and the parser\'s words apart, in English', async ({ page }) => {
  await page.goto('/make?lang=ar');
  await fileInput(page).setInputFiles(fixture('truncated.json'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('مجموعة البيانات ليست JSON صالحًا: ينتهي النص في منتصفه، كأنه مقطوع.');
  expect(plain(await alert.locator('strong').textContent())).toBe('تعذّرت قراءة truncated.json.');
  await expect(alert.getByText('التفاصيل بالإنجليزية:')).toBeVisible();
  const detail = alert.locator('[lang="en"]');
  await expect(detail).toHaveAttribute('dir', 'ltr');
  await expect(detail).toContainText('JSON');
  await expectNoEnglish(page);
  await expectNoSeriousAxeViolations(page);
});

test('/make?lang=ar with a link: the share link, and the embed code titled in Arabic; the language stays in the address', async ({ page }) => {
  await page.route(fixtureUrl('sheet.csv'), (route) => route.fulfill({ path: fixture('timelinejs-sheet.csv'), contentType: 'text/csv' }));
  await page.goto('/make?lang=ar');
  await page.getByLabel('الصق رابطًا').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'معاينة' }).click();
  expect(plain(await page.getByRole('alert').textContent())).toBe('هذا ليس عنوان ويب: الصق رابطًا يبدأ بـ https://.');
  await page.getByLabel('الصق رابطًا').fill('/fixtures/sheet.csv');
  await page.getByRole('button', { name: 'معاينة' }).click();
  await expect(page).toHaveURL(`/make?data=${encodeURIComponent('/fixtures/sheet.csv')}&lang=ar`);
  await expect(timeline(page)).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByRole('heading', { level: 3, name: 'شاركه' })).toBeVisible();
  const embed = page.getByLabel('شيفرة التضمين، لمقالة');
  await expect(embed).toHaveValue(/title="Fixture TimelineJS sheet – خط زمني"/);
  await expect(embed).toHaveAttribute('dir', 'ltr');
  await expectNoEnglish(page);
  await expectNoSeriousAxeViolations(page);
});

const FAILURES: { name: string; respond: (route: Route) => Promise<void>; message: string; english?: RegExp }[] = [
  { name: 'a 404', respond: (route) => route.fulfill({ status: 404, body: 'Not found' }), message: 'ردّ الخادم بالرمز 404.' },
  { name: 'no network', respond: (route) => route.abort('internetdisconnected'), message: 'تعذّر الوصول إلى مجموعة البيانات (لم يردّ الخادم).' },
  {
    name: 'a cut-off file',
    respond: (route) => route.fulfill({ path: fixture('truncated.json') }),
    message: 'مجموعة البيانات ليست JSON صالحًا: ينتهي النص في منتصفه، كأنه مقطوع.',
    english: /in JSON at position \d+/,
  },
];

for (const failure of FAILURES) {
  test(`?lang=ar, ${failure.name} (read in the worker): the reader is told in Arabic`, async ({ page, baseURL }) => {
    await page.route(fixtureUrl('broken.json'), failure.respond);
    await page.goto('/?lang=ar&data=/fixtures/broken.json');
    const alert = page.getByRole('alert').filter({ hasText: 'تعذّر تحميل الأحداث' });
    await expect(alert).toBeVisible({ timeout: 15_000 }); // a network failure is retried twice first
    expect(plain(await alert.textContent())).toContain(`من ${new URL('/fixtures/broken.json', baseURL).href}.`);
    await expect(alert).toContainText(failure.message);
    await expect(page).toHaveTitle('تعذّر تحميل الأحداث');
    if (failure.english) await expect(alert.locator('[lang="en"]')).toHaveText(failure.english);
    else await expect(alert.locator('[lang="en"]')).toHaveCount(0);
    // The way to /make keeps the dataset and the language.
    await expect(alert.getByRole('link', { name: 'اصنع خطك الزمني' })).toHaveAttribute('href', `/make?data=${encodeURIComponent('/fixtures/broken.json')}&lang=ar`);
    await expect(alert.getByRole('button', { name: 'إعادة المحاولة' })).toBeVisible();
    await expectNoEnglish(page);
    await expectNoSeriousAxeViolations(page);
  });
}

test('?lang=ar, a Google Sheet that is not shared: how to publish it, in Arabic', async ({ page }) => {
  const sheet = 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123/edit#gid=42';
  await page.route(
    (url) => url.hostname === 'docs.google.com',
    (route) => route.fulfill({ status: 403, headers: { 'access-control-allow-origin': '*' }, body: '' }),
  );
  await page.goto(`/?lang=ar&data=${encodeURIComponent(sheet)}`);
  const alert = page.getByRole('alert').filter({ hasText: 'تعذّر تحميل الأحداث' });
  await expect(alert).toContainText('لم تُرسل «جداول بيانات Google» الجدول: فهو غير مشارك مع الجميع بعد.');
  await expect(alert).toContainText('«أي شخص لديه الرابط»');
  await expectNoEnglish(page);
});

test('?lang=ar on a wide screen: the empty event column and the Share menu\'s embed code are in Arabic', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?lang=ar');
  await expect(timeline(page)).toHaveAttribute('aria-busy', 'false');
  // The header's way to /make keeps the page's language (/make has no /ar form).
  await expect(page.getByRole('link', { name: 'اصنع خطك الزمني' })).toHaveAttribute('href', '/make?lang=ar');
  const empty = await page.locator('main.app-main').evaluate((element) => getComputedStyle(element, '::after').content);
  expect(empty).toBe('"اختر حدثًا على الخط الزمني لتقرأ ما جرى ومن أفاد به."');
  await page.getByRole('button', { name: 'مشاركة هذا العرض' }).click();
  await page.getByRole('button', { name: 'تضمين' }).click();
  const code = page.getByLabel('شيفرة التضمين');
  await expect(code).toHaveValue(/<iframe src="[^"]*\/ar\/embed[^"]*" title="[^"]+ – خط زمني"/);
  await expectNoEnglish(page);
});
