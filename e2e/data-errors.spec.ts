import { fileURLToPath } from 'node:url';
import { expect, test, type Page, type Route } from '@playwright/test';

// Every way a source can fail, through ?data=, with the fixture files served by page.route (so
// the preview server needs nothing). Each whole-source failure must name the URL and the
// problem, and offer a Retry that works; bad records must be listed while the rest show.

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const fixture = (name: string) => `${FIXTURES}${name}`;

/** Only requests for /fixtures/<name> (not the page, whose query string also says /fixtures/). */
const fixtureUrl = (name: string) => (url: URL) => url.pathname === `/fixtures/${name}`;

function timeline(page: Page) {
  return page.getByRole('region', { name: /Timeline/ });
}

async function expectValidFixtureShown(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture timeline');
  await expect(page.getByText('3 of 3 events')).toBeVisible();
  await expect(timeline(page)).toHaveAttribute('aria-busy', 'false');
}

function loadError(page: Page) {
  return page.getByRole('alert').filter({ hasText: 'The events could not be loaded' });
}

const WHOLE_SOURCE_FAILURES: { name: string; respond: (route: Route) => Promise<void>; problem: RegExp }[] = [
  { name: '404', respond: (route) => route.fulfill({ status: 404, body: 'Not found' }), problem: /The server answered 404/ },
  { name: '500', respond: (route) => route.fulfill({ status: 500, body: 'Oops' }), problem: /The server answered 500/ },
  {
    name: 'an HTML page',
    respond: (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><body><h1>Sign in</h1></body></html>' }),
    problem: /web page \(HTML\), not a dataset/,
  },
  { name: 'truncated JSON', respond: (route) => route.fulfill({ path: fixture('truncated.json') }), problem: /not valid JSON \(it stops part-way, as if cut off/ },
  {
    name: 'invalid JSON',
    respond: (route) => route.fulfill({ contentType: 'application/json', body: '{"version": 1, title: "unquoted key"}' }),
    problem: /not valid JSON \(.*position 15/,
  },
  {
    name: 'the wrong top-level shape',
    respond: (route) => route.fulfill({ contentType: 'application/json', body: '[{"id": "x"}]' }),
    problem: /The data is a list, not a dataset object/,
  },
  {
    name: 'JSON of no known format',
    respond: (route) => route.fulfill({ contentType: 'application/json', body: '{"rows": [], "meta": {}}' }),
    problem: /The JSON is not a timeline dataset: .*its top-level keys are "rows", "meta"/,
  },
  { name: 'no network', respond: (route) => route.abort('internetdisconnected'), problem: /could not be reached/ },
];

for (const failure of WHOLE_SOURCE_FAILURES) {
  test(`${failure.name}: the message names the URL and the problem, and Retry loads the data`, async ({ page, baseURL }) => {
    let failing = true;
    let requests = 0;
    await page.route(fixtureUrl('broken.json'), async (route) => {
      requests += 1;
      if (failing) await failure.respond(route);
      else await route.fulfill({ path: fixture('valid.json') });
    });
    await page.goto('/?data=/fixtures/broken.json');
    const alert = loadError(page);
    await expect(alert).toBeVisible({ timeout: 15_000 }); // a 500 and a network failure are retried twice first
    await expect(alert).toContainText(new URL('/fixtures/broken.json', baseURL).href);
    await expect(alert).toContainText(failure.problem);
    await expect(timeline(page)).toHaveAttribute('aria-busy', 'false');
    const attempts = requests;
    failing = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expectValidFixtureShown(page);
    expect(requests).toBe(attempts + 1);
  });
}

test('while loading, a labelled progress bar shows; download progress when the size is known', async ({ page }) => {
  let answer: (() => void) | undefined;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  await page.route(fixtureUrl('valid.json'), async (route) => {
    await answered;
    await route.fulfill({ path: fixture('valid.json') });
  });
  await page.goto('/?data=/fixtures/valid.json');
  const progress = page.getByRole('progressbar', { name: 'Loading events' });
  await expect(progress).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading events…' })).toBeVisible();
  await expect(timeline(page)).toHaveAttribute('aria-busy', 'true');
  answer!();
  await expectValidFixtureShown(page);
  await expect(progress).toHaveCount(0);
});

/**
 * Once the app's script runs (it is asked for after the first paint, and the page's loading
 * screen shows before it): a fake clock moved earlier would move no timer of the load's.
 */
async function appStarted(page: Page) {
  await page.waitForFunction(() => Object.keys(document.getElementById('root') ?? {}).some((key) => key.startsWith('__reactContainer')));
}

test.describe('a slow source', () => {
  test('after 15 s it says so, naming the URL; "Keep waiting" dismisses, and the data still arrives', async ({ page, baseURL }) => {
    await page.clock.install();
    const held: Route[] = [];
    await page.route(fixtureUrl('slow.json'), (route) => {
      held.push(route);
    });
    await page.goto('/?data=/fixtures/slow.json');
    await appStarted(page);
    await expect(page.getByRole('progressbar', { name: 'Loading events' })).toBeVisible();
    const slow = page.getByRole('alert').filter({ hasText: 'This is taking longer than usual' });
    await page.clock.fastForward(10_000);
    await expect(slow).toHaveCount(0);
    await page.clock.fastForward(5_000);
    await expect(slow).toBeVisible();
    await expect(slow).toContainText(`${new URL('/fixtures/slow.json', baseURL).href} has not answered yet`);
    await expect(slow.getByRole('button', { name: 'Retry' })).toBeVisible();
    await slow.getByRole('button', { name: 'Keep waiting' }).click();
    await expect(slow).toHaveCount(0);
    await expect(page.getByRole('progressbar', { name: 'Loading events' })).toBeVisible();
    expect(held).toHaveLength(1);
    await held[0]!.fulfill({ path: fixture('valid.json') });
    await expectValidFixtureShown(page);
  });

  test('"Retry" starts again, and a second attempt that answers shows the events', async ({ page }) => {
    await page.clock.install();
    let requests = 0;
    await page.route(fixtureUrl('slow.json'), async (route) => {
      requests += 1;
      if (requests > 1) await route.fulfill({ path: fixture('valid.json') });
      // The first request is never answered.
    });
    await page.goto('/?data=/fixtures/slow.json');
    await appStarted(page);
    await expect(page.getByRole('progressbar', { name: 'Loading events' })).toBeVisible();
    await page.clock.fastForward(15_000);
    const slow = page.getByRole('alert').filter({ hasText: 'This is taking longer than usual' });
    await slow.getByRole('button', { name: 'Retry' }).click();
    await expectValidFixtureShown(page);
    expect(requests).toBe(2);
  });

  test('after 60 s without an answer it fails with a timeout, naming the URL, and Retry works', async ({ page, baseURL }) => {
    await page.clock.install();
    let answering = false;
    await page.route(fixtureUrl('slow.json'), async (route) => {
      if (answering) await route.fulfill({ path: fixture('valid.json') });
    });
    await page.goto('/?data=/fixtures/slow.json');
    await appStarted(page);
    await expect(page.getByRole('progressbar', { name: 'Loading events' })).toBeVisible();
    await page.clock.fastForward(60_000);
    const alert = loadError(page);
    await expect(alert).toContainText(new URL('/fixtures/slow.json', baseURL).href);
    await expect(alert).toContainText('The server did not answer within 60 seconds.');
    answering = true;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expectValidFixtureShown(page);
  });
});

test('bad records are listed one by one (index, id, field, reason) and the good ones show', async ({ page }) => {
  await page.route(fixtureUrl('bad-records.json'), (route) => route.fulfill({ path: fixture('bad-records.json') }));
  await page.goto('/?data=/fixtures/bad-records.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Records with problems');
  await expect(page.getByText('2 of 2 events')).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'records skipped' });
  await expect(notice).toContainText('15 records skipped');
  await notice.getByText('Which records, and why').click();
  const items = notice.getByRole('listitem');
  await expect(items).toHaveText([
    'Record #1 (impossible-date): date — "2023-02-30" is not a calendar date (that month has 28 days)',
    'Record #2 (month-thirteen): date — "2023-13-01" has no month 13',
    'Record #3 (end-before-date): end — end "2024-01-05" is before date "2024-01-10"',
    'Record #4 (no-title): title — title is missing',
    'Record #5: id — id is missing',
    'Record #6 (no-date): date — date is missing',
    'Record #7 (no-category): category — category is missing',
    'Record #8 (no-sources): sources — sources is missing',
    'Record #9 (good-one): id — duplicate id (an earlier record has "good-one")',
    'Record #10 (unknown-category): category — unknown category "nope"',
    'Record #11 (latitude-out-of-range): place.lat — lat must be between -90 and 90',
    'Record #12 (longitude-out-of-range): place.lon — lon must be between -180 and 180',
    'Record #13 (javascript-source): sources.0.url — url must start with http:// or https://',
    'Record #14 (ftp-source): sources.0.url — url must start with http:// or https://',
    'Record #15 (empty-sources): sources — at least one source is required',
  ]);
});

test('a TimelineJS file loads through ?data=, imported: HTML text shown as plain text, eras as spans', async ({ page }) => {
  await page.route(fixtureUrl('timelinejs.json'), (route) => route.fulfill({ path: fixture('timelinejs.json') }));
  await page.goto('/?data=/fixtures/timelinejs.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture TimelineJS & eras');
  await expect(page.getByText('4 of 4 events')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'records skipped' })).toContainText('2 records skipped');
  await page.goto('/events/drone-strike?data=/fixtures/timelinejs.json');
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Drone strike reported');
  await expect(panel).toContainText('First paragraph & more.');
  await expect(panel.getByRole('link', { name: /Report on the strike/ })).toHaveAttribute('href', 'https://example.org/drone');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await expect(timeline(page).getByRole('button', { name: /Winter escalation/ })).toHaveCount(1);
});

test('an ACLED CSV export loads through ?data=, imported, with ACLED attribution', async ({ page }) => {
  await page.route(fixtureUrl('acled.csv'), (route) => route.fulfill({ path: fixture('acled.csv') }));
  await page.goto('/?data=/fixtures/acled.csv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ACLED events: Testland');
  await expect(page.getByText('3 of 3 events')).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'records skipped' });
  await expect(notice).toContainText('2 records skipped');
  await notice.getByText('Which records, and why').click();
  await expect(notice.getByRole('listitem')).toHaveText([
    'Record #3 (tst1004): date — "2024-02-30" is not a calendar date (that month has 29 days)',
    'Record #4 (tst1005): place.lat — lat must be between -90 and 90',
  ]);
  await page.goto('/events/tst1001?data=/fixtures/acled.csv');
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Air/drone strike in Alpha Town, North Province');
  await expect(panel).toContainText('ACLED: 2 reported fatalities');
  await expect(panel.getByRole('link', { name: /ACLED event TST1001/ })).toHaveAttribute('href', 'https://acleddata.com/');
});

test('a big dataset (100,000 events) is parsed in a Web Worker, with progress, and shows', async ({ page }) => {
  test.setTimeout(120_000);
  const events = Array.from({ length: 100_000 }, (_, i) => ({
    id: `event-${i}`,
    date: `${2000 + (i % 24)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    title: `Synthetic event number ${i}`,
    category: i % 2 ? 'even' : 'odd',
    sources: [{ url: `https://example.org/${i}`, title: 'Source', publisher: 'Example' }],
  }));
  const body = JSON.stringify({
    version: 1,
    title: 'A hundred thousand events',
    categories: [{ id: 'odd', label: 'Odd' }, { id: 'even', label: 'Even' }],
    events,
  });
  expect(body.length).toBeGreaterThan(10_000_000);
  await page.route(fixtureUrl('big.json'), (route) => route.fulfill({ contentType: 'application/json', body }));
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  // Record what the progress view says as it changes (too quick to catch with assertions).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const status = document.querySelector('[aria-busy="true"] [role="status"]')?.textContent;
      const bar = document.querySelector('progress[aria-label="Loading events"]');
      const line = status && bar ? `${status}${bar.hasAttribute('value') ? ' (determinate)' : ''}` : undefined;
      if (line && seen[seen.length - 1] !== line) seen.push(line);
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const started = Date.now();
  await page.goto('/?data=/fixtures/big.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A hundred thousand events', { timeout: 60_000 });
  const loadedAfter = Date.now() - started;
  await expect(page.getByText(/ of 100,000 events$/)).toBeVisible();
  expect(workers.some((url) => /parse-worker/.test(url))).toBe(true);
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(seen).toContain('Checking 100,000 records…');
  expect(seen.some((line) => line.startsWith('Downloading events…'))).toBe(true);
  test.info().annotations.push({ type: 'timing', description: `shown after ${loadedAfter} ms; stages: ${seen.join(' → ')}` });
});
