import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_EVENTS } from './support/default-dataset.ts';

// The default dataset after February 2024 (facts-2024.md): a new event's own link and the
// 27 Sep 2024 US–Iraq statement, found the ways a reader finds them.

interface RawEvent {
  readonly id: string;
  readonly date: string;
  readonly title: string;
  readonly sources: readonly { url: string; title: string; publisher: string }[];
}
const event = (id: string) => DEFAULT_EVENTS.find((candidate) => candidate.id === id) as RawEvent;
const MUSAYYIB = event('us-strike-musayib-jul30');
const STATEMENT = event('us-iraq-coalition-transition-sep27');

function timeline(page: Page) {
  return page.getByRole('region', { name: /Timeline/ });
}

async function ready(page: Page) {
  await expect(timeline(page)).toHaveAttribute('aria-busy', 'false');
}

test('a link to the 30 Jul 2024 strike opens it, selected and in view, with its sources linked', async ({ page }) => {
  await page.goto(`/events/${MUSAYYIB.id}`);
  await ready(page);
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(MUSAYYIB.title);
  await expect(panel.locator('time').first()).toHaveAttribute('datetime', '2024-07-30');
  await expect(page).toHaveTitle(new RegExp(`^${MUSAYYIB.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · .*Dec 2024`));
  const first = MUSAYYIB.sources[0]!;
  const link = panel.getByRole('link', { name: first.title });
  await expect(link).toHaveAttribute('href', first.url);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(panel).toContainText(first.publisher);
  const mark = timeline(page).getByRole('button', { name: /^30 Jul 2024: / });
  await expect(mark).toHaveAttribute('aria-pressed', 'true');
  await expect(mark).toBeInViewport();
});

test('the 27 Sep 2024 statement on the coalition is in the list, and opens from it', async ({ page }) => {
  await page.goto('/?from=2024-09-01&to=2024-10-31');
  await ready(page);
  const list = page.getByRole('table', { name: /Events in view/ });
  const row = list.getByRole('row').filter({ hasText: STATEMENT.title });
  await expect(row).toHaveCount(1);
  await expect(row.locator('time')).toHaveText('27 Sep 2024');
  await row.getByRole('button', { name: STATEMENT.title }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${STATEMENT.id}\\?`));
  await expect(row).toHaveAttribute('aria-selected', 'true');
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(STATEMENT.title);
  await expect(panel.getByRole('link', { name: STATEMENT.sources[0]!.title })).toHaveAttribute('href', STATEMENT.sources[0]!.url);
});
