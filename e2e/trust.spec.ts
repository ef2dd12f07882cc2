import { expect, test, type Page } from '@playwright/test';

// Trust, the reader's side (issue 14 §1–3 and §6) on the default dataset: claim statuses drawn,
// keyed, filtered and explained; sources that show where they lead and offer an archived copy;
// the corrections of 7 Dec 2026 shown on the events they touched.

function timeline(page: Page) {
  return page.getByRole('region', { name: /Timeline/ });
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(timeline(page)).toHaveAttribute('aria-busy', 'false');
}

test('the panel gives the status with its definition, and each source its real host and an archive lookup', async ({ page }) => {
  await open(page, '/events/us-strike-baghdad-abu-taqwa');
  const panel = page.getByRole('complementary');
  await expect(panel.getByText('Confirmed', { exact: true })).toBeVisible();
  await expect(panel.getByText(/^Officially acknowledged/)).toBeVisible();

  const fox = panel.getByRole('listitem').filter({ hasText: 'Fox News' });
  await expect(fox.getByText('foxnews.com', { exact: true })).toBeVisible();
  const lookup = fox.getByRole('link', { name: /Look for an archived copy/ });
  await expect(lookup).toHaveAttribute('href', /^https:\/\/web\.archive\.org\/web\/\*\/https:\/\/(www\.)?foxnews\.com\//);
  await expect(lookup).toHaveAttribute('rel', 'noopener noreferrer');
  // Daily Sabah, now cited for its casualty figures (issue 14 §6).
  await expect(panel.getByRole('listitem').filter({ hasText: 'dailysabah.com' }).first()).toBeVisible();
});

test('a claimed event says so in its name, and the status key filters like the category legend', async ({ page }) => {
  await open(page, '/events/iri-claims-syria-dec14');
  await expect(timeline(page).getByRole('button', { name: /claims drone attacks on US sites in Syria/ })).toHaveAccessibleName(/\(claimed\)$/);

  await page.goto('/');
  await expect(timeline(page)).toHaveAttribute('aria-busy', 'false');
  const key = page.getByRole('toolbar', { name: 'Claim status' });
  const claimed = key.getByRole('button', { name: /^Claimed 3 events$/ });
  await expect(claimed).toHaveAttribute('aria-pressed', 'true');
  const count = page.getByText(/^\d+ of 90 events$/);
  const before = await count.textContent();
  await claimed.click();
  await expect(claimed).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveURL(/[?&]status=confirmed%2Creported%2Cdisputed(&|$)/);
  await expect(timeline(page).getByRole('button', { name: /\(claimed\)$/ })).toHaveCount(0);
  await expect(count).not.toHaveText(before!);

  // A link with the filter opens filtered, and Back restores everything.
  await page.reload();
  await expect(key.getByRole('button', { name: /^Claimed/ })).toHaveAttribute('aria-pressed', 'false');
  await page.goBack();
  await expect(count).toHaveText(before!);

  await page.getByRole('button', { name: 'What do these mean?' }).click();
  await expect(page.getByText(/^The parties give conflicting accounts/)).toBeVisible();
});

test('a corrected event links to its entry on the corrections page', async ({ page }) => {
  await open(page, '/events/iraq-condemns-abu-taqwa-strike');
  const panel = page.getByRole('complementary');
  await expect(panel).toContainText('unprovoked attack on an Iraqi security body');
  const corrected = panel.getByRole('link', { name: /Corrected 7 Dec 2026/ });
  await expect(corrected).toBeVisible();
  await corrected.click();
  await expect(page).toHaveURL(/\/changes\/?#change-2026-12-07-\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Corrections and updates' })).toBeVisible();
  const entry = page.locator('[id^="change-2026-12-07-"]').filter({ hasText: 'unprovoked' });
  await expect(entry).toBeVisible();
  expect(new URL(page.url()).hash.slice(1)).toBe(await entry.getAttribute('id'));
});

test('a source with an archived copy links to it; one whose address hides its host is no link', async ({ page }) => {
  const dataset = {
    version: 1,
    title: 'Archive fixture',
    categories: [{ id: 'strike', label: 'Strikes' }],
    events: [
      {
        id: 'kept',
        date: '2024-01-04',
        title: 'A strike',
        category: 'strike',
        status: 'reported',
        sources: [
          { url: 'https://example.org/report', title: 'The report', publisher: 'Example News', archived: 'https://web.archive.org/web/20240105000000/https://example.org/report' },
          { url: 'https://www.foxnews.com@evil.example/x', title: 'Looks like Fox', publisher: 'Fox News' },
        ],
      },
    ],
  };
  await page.route((url) => url.pathname === '/archive-fixture.json', (route) => route.fulfill({ json: dataset }));
  await open(page, '/events/kept?data=%2Farchive-fixture.json');
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('link', { name: /Archived copy/ })).toHaveAttribute('href', 'https://web.archive.org/web/20240105000000/https://example.org/report');
  await expect(panel.getByRole('link', { name: /Look for an archived copy/ })).toHaveCount(0);
  await expect(panel.getByText('Looks like Fox')).toHaveCount(0);
  await expect(panel.getByRole('link', { name: /evil/ })).toHaveCount(0);
  await expect(panel.getByText('Reported', { exact: true })).toBeVisible();
});
