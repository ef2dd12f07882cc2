import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * The timeline reads at a glance: labels beside the marks, measured by their boxes on screen
 * (not pixels): how many show, that none overlaps another label or a mark, and that the key
 * moments and the selected event are always labelled.
 */
interface RawEvent {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly label?: string;
  readonly key?: boolean;
}
const EVENTS: readonly RawEvent[] = JSON.parse(readFileSync(new URL('../data/events.json', import.meta.url), 'utf8')).events;
const KEY_EVENTS = EVENTS.filter((event) => event.key);
const ABU_TAQWA = EVENTS.find((event) => event.id === 'us-strike-baghdad-abu-taqwa')!;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function timeline(page: Page) {
  return page.getByRole('region', { name: /Timeline/ });
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(timeline(page)).toHaveAttribute('aria-busy', 'false');
}

/** An event's mark: the button named "date: title". */
function markOf(page: Page, event: RawEvent): Locator {
  // The name ends with the title, then the claim status where it is short of confirmed ("(reported)").
  return timeline(page).getByRole('button', { name: new RegExp(`: ${escape(event.title)}( \\((reported|claimed|disputed)\\))?$`) });
}

/** The words beside a mark: its label, or the start of it where it was cut with an ellipsis. */
function labelOf(page: Page, event: RawEvent): Locator {
  const words = event.label ?? event.title;
  return markOf(page, event).getByText(new RegExp(`^(${escape(words)}|${escape([...words].slice(0, 3).join(''))}.*…)$`));
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

/**
 * Where the letters or the shape are drawn. (Playwright's boundingBox also counts the halo
 * stroked around a label, which is the page's own colour and hides nothing.)
 */
function glyphBox(element: Locator): Promise<Box> {
  return element.evaluate((node) => {
    const { x, y, width, height } = node.getBoundingClientRect();
    return { x, y, width, height };
  });
}

/** Every label and every mark shape on screen, with the mark each belongs to. */
async function boxes(page: Page) {
  const marks = await timeline(page).getByRole('button').all();
  const labels: Array<{ owner: string; box: Box }> = [];
  const shapes: Array<{ owner: string; box: Box }> = [];
  for (const mark of marks) {
    const owner = (await mark.getAttribute('aria-label')) ?? '';
    for (const text of await mark.locator('text.mark-label').all()) labels.push({ owner, box: await glyphBox(text) });
    for (const shape of await mark.locator('.mark-shape').all()) shapes.push({ owner, box: await glyphBox(shape) });
  }
  return { labels, shapes };
}

async function expectNoOverlaps(page: Page) {
  const { labels, shapes } = await boxes(page);
  labels.forEach((label, i) => {
    for (const other of labels.slice(i + 1)) expect(overlap(label.box, other.box), `${label.owner} / ${other.owner}`).toBe(false);
    for (const shape of shapes) if (shape.owner !== label.owner) expect(overlap(label.box, shape.box), `${label.owner} on ${shape.owner}`).toBe(false);
  });
  return labels.length;
}

test('at 1440×900 the whole dataset shows at least 20 labels, none overlapping, every key event labelled', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, '/');
  expect(KEY_EVENTS.length).toBeGreaterThanOrEqual(8);
  for (const event of KEY_EVENTS) await expect(labelOf(page, event), event.id).toBeVisible();
  const count = await expectNoOverlaps(page);
  expect(count).toBeGreaterThanOrEqual(20);
  test.info().annotations.push({ type: 'labels', description: `${count} labels at 1440×900` });
});

// On a phone the whole dataset (Oct 2023 – Dec 2024) is 15 months in 320 px: in the crowded
// weeks a key label keeps its room and other marks join a count badge. The 2023–24 core, one
// brush or zoom away, labels them too.
const CORE_END = '2024-02-08';
const inCore = (event: RawEvent) => event.date.slice(0, 10) <= CORE_END;

test('at 360×640 every key event in the default window is labelled, none overlapping', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await open(page, '/');
  for (const event of KEY_EVENTS) await expect(labelOf(page, event), event.id).toBeVisible();
  const count = await expectNoOverlaps(page);
  test.info().annotations.push({ type: 'labels', description: `${count} labels at 360×640` });
});

test('at 360×640 the 2023–24 core labels every key event in it, none overlapping', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await open(page, `/?from=2023-10-07&to=${CORE_END}`);
  const core = KEY_EVENTS.filter(inCore);
  expect(core.length).toBeGreaterThanOrEqual(8);
  for (const event of core) await expect(labelOf(page, event), event.id).toBeVisible();
  await expectNoOverlaps(page);
});

for (const [name, path, size] of [
  ['desktop', `/events/${ABU_TAQWA.id}`, { width: 1440, height: 900 }],
  ['phone', `/events/${ABU_TAQWA.id}`, { width: 360, height: 640 }],
  ['embed', `/embed/events/${ABU_TAQWA.id}`, { width: 700, height: 600 }],
] as const) {
  test(`the selected event's label is visible on its page (${name})`, async ({ page }) => {
    await page.setViewportSize(size);
    await open(page, path);
    await expect(markOf(page, ABU_TAQWA)).toHaveAttribute('aria-pressed', 'true');
    // Whole where the plot has room for it; a phone's 320 px plot centred on the mark may cut it.
    await expect(labelOf(page, ABU_TAQWA)).toBeVisible();
    if (name !== 'phone') await expect(labelOf(page, ABU_TAQWA)).toHaveText(ABU_TAQWA.label!);
    await expectNoOverlaps(page);
  });
}

test('a label and its mark are one target: hover shows the tooltip, a click opens the event', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, '/');
  const label = labelOf(page, ABU_TAQWA);
  await label.hover();
  await expect(page.locator('.timeline-tooltip')).toContainText(ABU_TAQWA.title);
  await label.click();
  await expect(page).toHaveURL(new RegExp(`/events/${ABU_TAQWA.id}(\\?|$)`));
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(ABU_TAQWA.title);
  // Screen readers hear the mark's name once: the words beside it are not read again.
  await expect(markOf(page, ABU_TAQWA)).toHaveAccessibleName(new RegExp(`^4 Jan 2024: ${escape(ABU_TAQWA.title)}$`));
  await expect(label).toHaveAttribute('aria-hidden', 'true');
});

test('zoomed in every mark carries its label; zoomed out to the whole dataset, only some do', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const labels = timeline(page).locator('text.mark-label');
  const marks = timeline(page).getByRole('button', { name: /^c?\.? ?\d{1,2} \w{3}.*\d{4}.*: / });
  await open(page, '/?from=2023-12-28&to=2024-01-10');
  await expect(markOf(page, ABU_TAQWA)).toBeVisible();
  expect(await marks.count()).toBeGreaterThan(3);
  expect(await labels.count()).toBe(await marks.count());
  await open(page, '/');
  expect(await labels.count()).toBeLessThan(await marks.count());
});
