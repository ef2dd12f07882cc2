import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

// Trust, the reader's side (issue 14 §4–5): the Corrections page, an event's "Corrected …" line
// that lands on its entry, Cite with the event's permalink and today's date, and the licence.
// A fixture dataset with a revision, a publisher, a licence and three changes.

const FIXTURE = fileURLToPath(new URL('./fixtures/corrections.json', import.meta.url));
const DATA = '?data=%2Ffixtures%2Fcorrections.json';

test.beforeEach(async ({ page }) => {
  await page.route(
    (url) => url.pathname === '/fixtures/corrections.json',
    (route) => route.fulfill({ path: FIXTURE }),
  );
});

async function openEvent(page: Page, id: string) {
  await page.goto(`/events/${id}${DATA}`);
  await expect(page.getByRole('region', { name: /Timeline/ })).toHaveAttribute('aria-busy', 'false');
  return page.getByRole('complementary');
}

/** Today in the browser's time zone (playwright.config.ts), as a style writes it. */
function today(page: Page, options: Intl.DateTimeFormatOptions, locale = 'en-US') {
  return page.evaluate(([opts, lang]) => new Intl.DateTimeFormat(lang as string, opts as Intl.DateTimeFormatOptions).format(new Date()), [options, locale] as const);
}

test('/changes lists the corrections newest first, with links that open their events', async ({ page }) => {
  await page.goto(`/changes${DATA}`);
  await expect(page).toHaveTitle('Corrections and updates · Fixture timeline with corrections');
  await expect(page.getByRole('heading', { level: 1, name: 'Corrections and updates' })).toBeVisible();
  await expect(page.getByText('Current revision: 3.')).toBeVisible();
  const entries = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(entries).toHaveCount(3);
  await expect(entries.getByRole('heading', { level: 2 })).toHaveText(['1 Feb 2024', '1 Feb 2024', '20 Jan 2024']);
  await expect(entries.first()).toContainText('Corrected the date of the first strike');
  await expect(entries.first()).toHaveAttribute('id', 'change-2024-02-01-2');
  await expect(entries.last()).toHaveAttribute('id', 'change-2024-01-20-1');

  await entries.first().getByRole('link', { name: 'Fixture strike one' }).click();
  await expect(page).toHaveURL(/\/events\/first-strike\/\?data=/);
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText('Fixture strike one');
});

test('an event with a correction says so in its panel, and the link lands on the entry', async ({ page }) => {
  const panel = await openEvent(page, 'first-strike');
  const corrected = panel.getByRole('link', { name: 'Corrected 1 Feb 2024' });
  await expect(corrected).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Corrections and updates' })).toContainText(
    'Corrected 1 Feb 2024: Corrected the date of the first strike: 4 Jan, not 5 Jan.',
  );
  await corrected.click();
  await expect(page).toHaveURL(/\/changes\/\?data=.*#change-2024-02-01-2$/);
  const entry = page.locator('#change-2024-02-01-2');
  await expect(entry).toContainText('Corrected the date of the first strike');
  await expect(entry).toBeInViewport();
});

test('Cite gives APA, Chicago, MLA, BibTeX and CSL-JSON with the permalink and today, and copies them', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const panel = await openEvent(page, 'second-strike');
  await panel.getByRole('button', { name: 'Cite this event' }).click();
  const cite = panel.getByRole('group', { name: 'Cite this event' });
  const permalink = `${baseURL}events/second-strike/${DATA}`;
  const longDay = await today(page, { month: 'long', day: 'numeric', year: 'numeric' });
  const apa = cite.getByLabel('APA');
  await expect(apa).toHaveValue(
    `Fixture strike two. (2024, February 1). Fixture timeline with corrections (Revision 3). Fixture Newsroom. Retrieved ${longDay}, from ${permalink}`,
  );
  await expect(cite.getByLabel('Chicago')).toHaveValue(new RegExp(`Accessed ${longDay}\\. ${escapeRegExp(permalink)}\\.$`));
  await expect(cite.getByLabel('MLA')).toHaveValue(/^“Fixture strike two\.” Fixture timeline with corrections, revision 3, Fixture Newsroom, 1 Feb\. 2024, /);
  await expect(cite.getByLabel('BibTeX')).toHaveValue(/^@online\{second_strike,[\s\S]*version = \{3\}/);
  const csl = JSON.parse(await cite.getByLabel('CSL-JSON').inputValue()) as { type: string; URL: string }[];
  expect(csl[0]).toMatchObject({ type: 'webpage', URL: permalink, version: '3', publisher: 'Fixture Newsroom' });

  await cite.getByRole('button', { name: 'Copy APA' }).click();
  await expect(cite.getByText('APA citation copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await apa.inputValue());
});

test('the footer and the downloads state the licence; the footer cites the whole timeline', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openEvent(page, 'first-strike');
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('Licence: CC-BY-4.0. The linked articles remain their publishers’.');
  await expect(footer.getByRole('link', { name: 'CC-BY-4.0' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
  await expect(footer.getByRole('link', { name: 'Corrections and updates' })).toHaveAttribute('href', `/changes/${DATA}`);
  await expect(page.getByRole('group', { name: 'Download' })).toContainText('Licence: CC-BY-4.0');

  await footer.getByRole('button', { name: 'Cite this timeline' }).click();
  await expect(footer.getByLabel('APA')).toHaveValue(/^Fixture timeline with corrections \(Revision 3\) \[Data set\]\. \(2024, February 1\)\. Fixture Newsroom\. Retrieved /);
});

test('a dataset without changes gets an empty Corrections page', async ({ page }) => {
  await page.route(
    (url) => url.pathname === '/fixtures/valid.json',
    (route) => route.fulfill({ path: fileURLToPath(new URL('./fixtures/valid.json', import.meta.url)) }),
  );
  await page.goto('/changes?data=%2Ffixtures%2Fvalid.json');
  await expect(page.getByText('This dataset lists no corrections or updates.')).toBeVisible();
  await expect(page.getByRole('contentinfo')).not.toContainText('Licence');
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
