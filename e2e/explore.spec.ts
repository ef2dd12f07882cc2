import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Expectations come from the dataset itself, so editing an event does not break these tests.
interface RawEvent {
  id: string;
  date: string;
  title: string;
  summary: string;
  category: string;
  key?: boolean;
  actors?: string[];
  place?: { name: string; country?: string };
  sources: { title: string; publisher: string }[];
}
const data = JSON.parse(readFileSync(new URL('../data/events.json', import.meta.url), 'utf8')) as {
  categories: { id: string; label: string }[];
  events: RawEvent[];
};
const TOTAL = data.events.length;
// The app's order: by date (day precision is enough here; the sort is stable like the app's).
const ordered = [...data.events].sort((a, b) => a.date.slice(0, 10).localeCompare(b.date.slice(0, 10)));
const label = (id: string) => data.categories.find((category) => category.id === id)!.label;
const inCategory = (id: string) => ordered.filter((event) => event.category === id);
const withActor = (actor: string) => ordered.filter((event) => event.actors?.includes(actor));
const normalize = (text: string) =>
  text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const matching = (query: string) =>
  ordered.filter((event) => {
    const fields = [event.title, event.summary, ...(event.actors ?? []), event.place?.name ?? '', event.place?.country ?? ''];
    for (const source of event.sources) fields.push(source.title, source.publisher);
    const text = fields.map(normalize).join('\n');
    return normalize(query).split(' ').every((term) => text.includes(term));
  });
const counted = (shown: number) => `${shown} of ${TOTAL} events`;
// Whatever the dataset marks today (none, before the key moments were chosen, is a count too).
const keyEvents = ordered.filter((event) => event.key === true);

function timeline(page: Page) {
  return page.getByRole('region', { name: /Timeline/ });
}

async function ready(page: Page) {
  // Generous: the 100,000-event test may be using the other core meanwhile.
  await expect(timeline(page)).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
}

function list(page: Page) {
  return page.getByRole('table', { name: /Events in view/ });
}

function listRows(page: Page) {
  return list(page).locator('tbody tr[aria-rowindex]');
}

/** The row of an event, scrolling the list until it is rendered (rows are virtualized). */
async function rowOf(page: Page, text: string) {
  await list(page).evaluate(async (table, wanted) => {
    const scroller = table.closest('.event-list__scroll')!;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let top = 0; top <= scroller.scrollHeight; top += scroller.clientHeight / 2) {
      if (Array.from(table.querySelectorAll('tbody tr')).some((row) => row.textContent?.includes(wanted))) return;
      scroller.scrollTop = top;
      await frame();
    }
  }, text);
  return listRows(page).filter({ hasText: text });
}

const ABU_TAQWA_TITLE = 'kills Nujaba leader "Abu Taqwa"';

function search(page: Page) {
  return page.getByRole('searchbox', { name: 'Search events' });
}

const historyLength = (page: Page) => page.evaluate(() => history.length);
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

test.describe('filters', () => {
  test('a category link shows only that category, in the count, the legend and the list', async ({ page }) => {
    const strikes = inCategory('us-strike');
    await page.goto('/?cat=us-strike');
    await ready(page);
    await expect(page.getByText(counted(strikes.length))).toBeVisible();
    const legend = page.getByRole('toolbar', { name: 'Categories' });
    await expect(legend.getByRole('button', { name: new RegExp(label('us-strike')) })).toHaveAttribute('aria-pressed', 'true');
    await expect(legend.getByRole('button', { name: new RegExp(label('diplomacy')) })).toHaveAttribute('aria-pressed', 'false');
    await expect(list(page)).toHaveAttribute('aria-rowcount', String(strikes.length + 1));
    // The list draws the rows in sight (it is virtualized): each is a strike, down to the last.
    await expect(listRows(page)).not.toHaveCount(0);
    for (const category of await listRows(page).locator('td:nth-child(3)').allTextContents()) {
      expect(category).toBe(label('us-strike'));
    }
    await expect(await rowOf(page, strikes.at(-1)!.title)).toContainText(label('us-strike'));
    await expect(timeline(page).getByRole('button', { name: /4 Jan 2024: US drone strike/ })).toHaveCount(1);
    await expect(timeline(page).getByRole('button', { name: /4 Jan 2024: Iraq condemns/ })).toHaveCount(0);
  });

  test('"cat=" shows none, and unknown category ids are dropped with a notice', async ({ page }) => {
    await page.goto('/?cat=');
    await ready(page);
    await expect(page.getByText(counted(0))).toBeVisible();
    await page.goto('/?cat=us-strike,no-such-category');
    await ready(page);
    await expect(page.getByText(counted(inCategory('us-strike').length))).toBeVisible();
    const notice = page.getByRole('status').filter({ hasText: 'no-such-category' });
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: 'Dismiss notice' }).click();
    await expect(notice).toHaveCount(0);
  });

  test('a legend toggle pushes a history entry, and Back undoes it', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    const start = await historyLength(page);
    await page.getByRole('button', { name: new RegExp(`^.*${label('diplomacy')}`) }).click();
    await expect(page.getByText(counted(TOTAL - inCategory('diplomacy').length))).toBeVisible();
    expect(param(page, 'cat')?.split(',')).not.toContain('diplomacy');
    expect(param(page, 'cat')?.split(',')).toContain('us-strike');
    expect(await historyLength(page)).toBe(start + 1);
    await page.goBack();
    await expect(page.getByText(counted(TOTAL))).toBeVisible();
    expect(param(page, 'cat')).toBeNull();
  });

  test('actor and country multi-selects combine, with counts, in the URL', async ({ page }) => {
    const actor = 'Kataib Hezbollah';
    await page.goto('/');
    await ready(page);
    await page.getByRole('button', { name: 'Actors' }).click();
    const option = page.getByRole('checkbox', { name: new RegExp(`^${actor} ${withActor(actor).length} events?$`) });
    await option.check();
    await expect(page).toHaveURL(/actor=Kataib/);
    expect(param(page, 'actor')).toBe(actor);
    await expect(page.getByText(counted(withActor(actor).length))).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(option).toHaveCount(0);

    const inIraq = withActor(actor).filter((event) => event.place?.country === 'Iraq');
    await page.getByRole('button', { name: 'Countries' }).click();
    await page.getByRole('checkbox', { name: new RegExp(`^Iraq ${inIraq.length} events?$`) }).check();
    expect(param(page, 'country')).toBe('Iraq');
    await expect(page.getByText(counted(inIraq.length))).toBeVisible();
    await expect(page.getByRole('button', { name: `Remove actor filter: ${actor}` })).toBeVisible();

    await page.reload();
    await ready(page);
    await expect(page.getByText(counted(inIraq.length))).toBeVisible();
    await page.getByRole('button', { name: 'Remove country filter: Iraq' }).click();
    await expect(page.getByText(counted(withActor(actor).length))).toBeVisible();
  });

  test('Clear filters resets categories, actors, countries, key events and search in one click', async ({ page }) => {
    await page.goto('/?cat=us-strike,diplomacy&actor=United%20States&key=1&q=baghdad');
    await ready(page);
    await expect(page.getByText(/^\d+ of \d+ events$/)).not.toHaveText(counted(TOTAL));
    await expect(search(page)).toHaveValue('baghdad');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByText(counted(TOTAL))).toBeVisible();
    await expect(search(page)).toHaveValue('');
    await expect(page.getByRole('button', { name: 'Key events only' })).toHaveAttribute('aria-pressed', 'false');
    for (const name of ['cat', 'actor', 'country', 'key', 'q']) expect(param(page, name)).toBeNull();
    await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
  });
});

test.describe('key events', () => {
  const toggle = (page: Page) => page.getByRole('button', { name: 'Key events only' });

  test('"key=1" shows only the events the dataset marks as key', async ({ page }) => {
    await page.goto('/?key=1');
    await ready(page);
    await expect(page.getByText(counted(keyEvents.length))).toBeVisible();
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(list(page)).toHaveAttribute('aria-rowcount', String(keyEvents.length + 1));
    // Every row the list renders (it renders those in sight) is a key event.
    if (keyEvents.length) await expect(listRows(page).first()).toBeVisible();
    const keyTitles = new Set(keyEvents.map((event) => event.title));
    for (const title of await listRows(page).locator('td:nth-child(2)').allTextContents()) expect(keyTitles).toContain(title);
    // A mark that is not key is gone from the timeline too.
    const abuTaqwa = ordered.find((event) => event.id === 'us-strike-baghdad-abu-taqwa')!;
    const mark = timeline(page).getByRole('button', { name: /4 Jan 2024: US drone strike/ });
    await expect(mark).toHaveCount(abuTaqwa.key === true ? 1 : 0);
  });

  test('"key=0" shows everything, and another value is dropped with a notice', async ({ page }) => {
    await page.goto('/?key=0');
    await ready(page);
    await expect(page.getByText(counted(TOTAL))).toBeVisible();
    await page.goto('/?key=yes');
    await ready(page);
    await expect(page.getByText(counted(TOTAL))).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Ignored the key-events filter' })).toBeVisible();
  });

  test('the toggle adds key=1 to the URL with a history entry, and takes it off again', async ({ page }) => {
    await page.goto('/?cat=us-strike');
    await ready(page);
    const start = await historyLength(page);
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
    await toggle(page).click();
    await expect(page).toHaveURL(/[?&]key=1(&|$)/);
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    const keyStrikes = keyEvents.filter((event) => event.category === 'us-strike');
    await expect(page.getByText(counted(keyStrikes.length))).toBeVisible();
    expect(param(page, 'cat')).toBe('us-strike');
    expect(await historyLength(page)).toBe(start + 1);
    await toggle(page).click();
    await expect(page).not.toHaveURL(/[?&]key=/);
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByText(counted(inCategory('us-strike').length))).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/[?&]key=1(&|$)/);
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('search', () => {
  test('"saidi" finds the Abu Taqwa strike (al-Saidi), and the link keeps the search', async ({ page }) => {
    await page.goto('/?q=saidi');
    await ready(page);
    await expect(search(page)).toHaveValue('saidi');
    await expect(page.getByText(counted(matching('saidi').length))).toBeVisible();
    await expect(listRows(page).filter({ hasText: ABU_TAQWA_TITLE })).toHaveCount(1);
    await expect(timeline(page).getByRole('button', { name: /4 Jan 2024: US drone strike/ })).toHaveCount(1);
    await listRows(page).filter({ hasText: ABU_TAQWA_TITLE }).click();
    await expect(page.getByRole('complementary').locator('mark')).toHaveText(['Saidi']);
  });

  test('matches ignore case, accents and hyphens, and are marked in the list', async ({ page }) => {
    const expected = matching('ain al asad');
    expect(expected.length).toBeGreaterThan(0);
    await page.goto('/?q=ain%20al%20asad');
    await ready(page);
    await expect(page.getByText(counted(expected.length))).toBeVisible();
    // The list loads after the first draw: wait for its marks before reading them all.
    await expect(list(page).locator('mark').first()).toBeVisible();
    const marks = await list(page).locator('mark').allTextContents();
    expect(marks.map((text) => text.toLowerCase())).toContain('ain al-asad');
    // Where the phrase is not in a cell, its words are marked, and only they.
    for (const text of marks) for (const word of normalize(text).split(' ')) expect(['ain', 'al', 'asad']).toContain(word);
    // Marks are elements with text, never markup made from the data.
    expect(await list(page).locator('mark *').count()).toBe(0);
  });

  test('typing updates q after a pause, replacing the history entry', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    const start = await historyLength(page);
    await search(page).pressSequentially('Tower 22', { delay: 40 });
    await expect(page).toHaveURL(/q=Tower(\+|%20)22/);
    await expect(page.getByText(counted(matching('Tower 22').length))).toBeVisible();
    expect(await historyLength(page)).toBe(start);
    await search(page).fill('');
    await expect(page).not.toHaveURL(/q=/);
    expect(await historyLength(page)).toBe(start);
  });
});

test.describe('keyboard', () => {
  test('/ focuses the search field without typing a slash', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await expect(search(page)).toBeFocused();
    await expect(search(page)).toHaveValue('');
  });

  test('[ and ] walk the shown events, Home/End go to the ends, Esc clears', async ({ page }) => {
    const strikes = inCategory('us-strike');
    const at = strikes.findIndex((event) => event.id === 'us-strike-baghdad-abu-taqwa');
    await page.goto('/events/us-strike-baghdad-abu-taqwa?cat=us-strike');
    await ready(page);
    await page.keyboard.press(']');
    await expect(page).toHaveURL(new RegExp(`/events/${strikes[at + 1]!.id}\\?`));
    await page.keyboard.press('[');
    await expect(page).toHaveURL(new RegExp(`/events/${strikes[at]!.id}\\?`));
    await page.keyboard.press('[');
    await expect(page).toHaveURL(new RegExp(`/events/${strikes[at - 1]!.id}\\?`));
    await page.keyboard.press('End');
    await expect(page).toHaveURL(new RegExp(`/events/${strikes.at(-1)!.id}\\?`));
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(new RegExp(`/events/${strikes[0]!.id}\\?`));
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(strikes[0]!.title);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('complementary')).toHaveCount(0);
    expect(param(page, 'cat')).toBe('us-strike');
  });

  test('the category legend is one tab stop: arrows and Home/End move within it, Space toggles', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    const legend = page.getByRole('toolbar', { name: 'Categories' });
    const buttons = legend.getByRole('button');
    const count = data.categories.length;
    await expect(buttons).toHaveCount(count);
    await expect(legend.locator('[tabindex="0"]')).toHaveCount(1);
    // Tab from the control before the legend lands on its first button, and the next Tab leaves it.
    await page.getByRole('button', { name: 'Key events only' }).focus();
    await page.keyboard.press('Tab');
    await expect(buttons.first()).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(buttons.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(buttons.nth(count - 1)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(buttons.first()).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(buttons.nth(count - 1)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(buttons.first()).toBeFocused();
    await page.keyboard.press('ArrowRight');
    // The page's own Home/End (first/last event) stayed out of it: nothing was selected.
    await expect(page).not.toHaveURL(/\/events\//);
    await expect(legend.locator('[tabindex="0"]')).toHaveCount(1);
    await page.keyboard.press('Space');
    await expect(buttons.nth(1)).toHaveAttribute('aria-pressed', 'false');
    expect(param(page, 'cat')?.split(',')).not.toContain(data.categories[1]!.id);
    await expect(buttons.nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(buttons.nth(1)).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeFocused();
    // Back into the legend: to the button last used, not the first.
    await page.keyboard.press('Shift+Tab');
    await expect(buttons.nth(1)).toBeFocused();
  });

  test('keys typed in the search field stay there', async ({ page }) => {
    await page.goto('/events/us-strike-baghdad-abu-taqwa');
    await ready(page);
    await search(page).fill('[x]');
    await search(page).press('End');
    await expect(page).toHaveURL(/\/events\/us-strike-baghdad-abu-taqwa/);
    await expect(search(page)).toHaveValue('[x]');
  });
});

test.describe('list', () => {
  test('shows the events in view, sorts by date both ways, and selects in step with the timeline', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    await expect(list(page)).toHaveAttribute('aria-rowcount', String(TOTAL + 1));
    const firstRow = listRows(page).first();
    await expect(firstRow).toContainText(ordered[0]!.title);
    const dateHeader = list(page).getByRole('columnheader', { name: /Date/ });
    await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
    await dateHeader.getByRole('button').click();
    await expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(firstRow).toContainText(ordered.at(-1)!.title);

    const start = await historyLength(page);
    const row = await rowOf(page, ABU_TAQWA_TITLE);
    await row.click();
    await expect(page).toHaveURL(/\/events\/us-strike-baghdad-abu-taqwa/);
    expect(await historyLength(page)).toBe(start + 1);
    await expect(row).toHaveAttribute('aria-selected', 'true');
    await expect(timeline(page).getByRole('button', { name: /4 Jan 2024: US drone strike/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toContainText('Abu Taqwa');
  });

  test('a narrower window lists only its events', async ({ page }) => {
    await page.goto('/?from=2024-01-01&to=2024-01-10');
    await ready(page);
    const inWindow = ordered.filter((event) => event.date >= '2024-01-01' && event.date.slice(0, 10) <= '2024-01-10');
    await expect(list(page)).toHaveAttribute('aria-rowcount', String(inWindow.length + 1));
    await expect(page.getByText(counted(inWindow.length))).toBeVisible();
  });

  test('selecting on the timeline scrolls the list to that row', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    const last = ordered.at(-1)!;
    await page.keyboard.press('End');
    await expect(page).toHaveURL(new RegExp(`/events/${last.id}`));
    const row = listRows(page).filter({ hasText: last.title });
    await expect(row).toHaveAttribute('aria-selected', 'true');
    const inside = await row.evaluate((element) => {
      const box = element.closest('.event-list__scroll')!.getBoundingClientRect();
      const own = element.getBoundingClientRect();
      return own.top >= box.top && own.bottom <= box.bottom + 1;
    });
    expect(inside).toBe(true);
  });

  test('printing renders every row of the list, not only those in view', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    await expect(listRows(page).first()).toBeVisible();
    expect(await listRows(page).count()).toBeLessThan(ordered.length);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(listRows(page)).toHaveCount(ordered.length);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => listRows(page).count()).toBeLessThan(ordered.length);
  });

  test('100,000 events: only the rows in view are rendered, and the end is reachable', async ({ page }) => {
    test.setTimeout(120_000);
    const day = 24 * 60 * 60 * 1000;
    const events = Array.from({ length: 100_000 }, (_, index) => ({
      id: `event-${index}`,
      date: new Date(Date.UTC(2000, 0, 1) + Math.floor(index / 20) * day).toISOString().slice(0, 10),
      title: `Generated event number ${index}`,
      category: index % 2 ? 'even' : 'odd',
      sources: [{ url: 'https://example.org/', title: 'Report', publisher: 'Example' }],
    }));
    const big = JSON.stringify({
      version: 1,
      title: 'Big',
      description: 'Generated',
      categories: [
        { id: 'odd', label: 'Odd' },
        { id: 'even', label: 'Even' },
      ],
      events,
    });
    await page.route((url) => url.pathname === '/generated-big.json', (route) => route.fulfill({ contentType: 'application/json', body: big }));
    await page.goto('/?data=/generated-big.json');
    await expect(timeline(page)).toHaveAttribute('aria-busy', 'false', { timeout: 90_000 });
    await expect(list(page)).toHaveAttribute('aria-rowcount', '100001');
    expect(await listRows(page).count()).toBeLessThan(80);
    await list(page).evaluate((table) => {
      const scroller = table.closest('.event-list__scroll')!;
      scroller.scrollTop = scroller.scrollHeight;
    });
    await expect(listRows(page).last()).toContainText('Generated event number 99999');
    await expect(listRows(page).last()).toHaveAttribute('aria-rowindex', '100001');
    expect(await listRows(page).count()).toBeLessThan(80);
  });
});

test('wide screens: List and Map take turns under the timeline, which stays', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const tabs = page.getByRole('tablist', { name: 'Show events as' });
  await expect(tabs.getByRole('tab')).toHaveText(['List', 'Map']);
  await expect(tabs.getByRole('tab', { name: 'List' })).toHaveAttribute('aria-selected', 'true');
  await tabs.getByRole('tab', { name: 'List' }).press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Map' })).toBeFocused();
  await expect(page.getByRole('figure', { name: /Map of \d+ events/ })).toBeVisible();
  await expect(list(page)).toBeHidden();
  await expect(timeline(page)).toBeVisible();
  await tabs.getByRole('tab', { name: 'List' }).click();
  await expect(list(page)).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

  test('tabs switch between the timeline and the list, without sideways scrolling', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    const tabs = page.getByRole('tablist');
    await expect(tabs.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
    await expect(list(page)).toBeHidden();
    await tabs.getByRole('tab', { name: 'List' }).click();
    await expect(list(page)).toBeVisible();
    await expect(timeline(page)).toBeHidden();
    await expect(listRows(page).first()).toContainText(ordered[0]!.title);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await (await rowOf(page, ABU_TAQWA_TITLE)).click();
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toContainText('Abu Taqwa');
    await tabs.getByRole('tab', { name: 'Timeline' }).click();
    await expect(timeline(page).getByRole('button', { name: /4 Jan 2024: US drone strike/ })).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility of the list (${scheme})`, () => {
    test.use({ colorScheme: scheme });

    const serious = async (page: Page) => {
      const results = await new AxeBuilder({ page }).analyze();
      return results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    };

    test('desktop, filtered and searched, with a selected row: no serious or critical violations', async ({ page }) => {
      await page.goto('/events/us-strike-baghdad-abu-taqwa?q=baghdad&actor=United%20States');
      await ready(page);
      await page.getByRole('button', { name: 'Actors' }).click();
      expect(await serious(page)).toEqual([]);
    });

    test.describe('phone', () => {
      test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

      test('the List tab has no serious or critical violations', async ({ page }) => {
        await page.goto('/?q=strike');
        await ready(page);
        await page.getByRole('tab', { name: 'List' }).click();
        await expect(list(page)).toBeVisible();
        expect(await serious(page)).toEqual([]);
      });
    });
  });
}
