import { expect, test, type Page } from '@playwright/test';

// Issue 16 §3: the data's own translations, and what the page says where there is none.
const ABU_TAQWA = '/events/us-strike-baghdad-abu-taqwa';
const ARABIC_TITLE = 'ضربة بطائرة مسيّرة أمريكية في بغداد تقتل قائد النجباء «أبو تقوى»';

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('section.timeline-section')).toHaveAttribute('aria-busy', 'false');
}

test('?lang=ar: the seed event, the dataset and the categories in the dataset’s Arabic, which says it is translated', async ({ page }) => {
  await open(page, `${ABU_TAQWA}?lang=ar`);
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(ARABIC_TITLE);
  await expect(panel.getByText(/^قُتل مشتاق طالب السعيدي/)).toBeVisible();
  await expect(panel.getByText('النص الأصلي بالإنجليزية')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^الهجمات على القوات الأمريكية في العراق وسوريا/);
  await expect(page.getByText('مترجم عن الإنجليزية')).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'الفئات' }).getByRole('button', { name: /ضربات أمريكية/ })).toBeVisible();
  // The label beside the mark is the Arabic one.
  await expect(page.locator('section.timeline-section').getByText('مقتل «أبو تقوى» بمسيّرة أمريكية')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('arabic-panel.png') });
});

test('in English the same link shows the English original, with no translation notes', async ({ page }) => {
  await open(page, ABU_TAQWA);
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(/Abu Taqwa/);
  await expect(page.getByText('Translated from English')).toHaveCount(0);
  await expect(page.getByText(/Original in/)).toHaveCount(0);
});

test('search in Arabic finds an event typed without hamza or final ya, and an English name finds it too', async ({ page }) => {
  await open(page, '/?lang=ar');
  const search = page.getByRole('searchbox');
  await search.fill('ابو تقوي');
  await expect(page.locator('.count-line')).not.toHaveText(/^0 /);
  await page.getByRole('tab', { name: 'القائمة' }).click();
  const list = page.getByRole('tabpanel');
  await expect(list.getByText(ARABIC_TITLE)).toBeVisible();
  await search.fill('Abu Taqwa');
  await expect(list.getByText(ARABIC_TITLE)).toBeVisible();
  await search.fill('no such words at all');
  await expect(list.getByText(ARABIC_TITLE)).toHaveCount(0);
});

const partial = {
  version: 1,
  title: 'Partly translated',
  language: 'en',
  i18n: { ar: { title: 'مترجمة جزئيًا', translatedFrom: 'en' } },
  categories: [{ id: 'strike', label: 'Strikes', i18n: { ar: { label: 'ضربات' } } }],
  events: [
    { id: 'translated', date: '2024-01-04', title: 'A strike', summary: 'It happened.', category: 'strike', sources: [{ url: 'https://example.org/a', title: 'A', publisher: 'P' }], i18n: { ar: { title: 'ضربة', summary: 'وقعت.' } } },
    { id: 'untranslated', date: '2024-01-05', title: 'Talks in Baghdad', summary: 'They met.', category: 'strike', sources: [{ url: 'https://example.org/b', title: 'B', publisher: 'P' }] },
  ],
};

test('an event with no Arabic shows its English, marked as the original and as English for screen readers', async ({ page }) => {
  await page.route((url) => url.pathname === '/partial.json', (route) => route.fulfill({ json: partial }));
  await open(page, '/events/untranslated?data=%2Fpartial.json&lang=ar');
  const panel = page.getByRole('complementary');
  const title = panel.getByRole('heading', { level: 2 });
  await expect(title).toHaveText('Talks in Baghdad');
  await expect(title).toHaveAttribute('lang', 'en');
  await expect(panel.getByText('They met.')).toHaveAttribute('lang', 'en');
  await expect(panel.getByText('النص الأصلي بالإنجليزية')).toBeVisible();
  // The translated one has no note, and its text is the page's language.
  await panel.getByRole('button', { name: 'الحدث السابق' }).click();
  await expect(title).toHaveText('ضربة');
  await expect(title).not.toHaveAttribute('lang', /./);
  await expect(panel.getByText('النص الأصلي بالإنجليزية')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مترجمة جزئيًا');
});

test('a dataset’s defaultLanguage opens the page in it when the link does not say, and the link still wins', async ({ page }) => {
  await page.route((url) => url.pathname === '/arabic-first.json', (route) => route.fulfill({ json: { ...partial, defaultLanguage: 'ar' } }));
  await open(page, '/?data=%2Farabic-first.json');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مترجمة جزئيًا');
  await open(page, '/?data=%2Farabic-first.json&lang=en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partly translated');
});
