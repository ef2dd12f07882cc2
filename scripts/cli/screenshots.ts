/**
 * Screenshots for looking at the UI (not a test): phone and desktop, light and dark, of the
 * whole timeline and of a selected event. Needs a running server (default: vite preview).
 *   npm run build && npx vite preview --port 4173 &   then   npm run screenshots
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.env.SCREENSHOT_BASE_URL ?? 'http://localhost:4173';
const out = process.env.SCREENSHOT_DIR ?? 'test-results/screens';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const paths = (process.env.SCREENSHOT_PATHS ?? '/,/events/us-strike-baghdad-abu-taqwa').split(',');
const sizes = [
  { name: 'phone', width: 360, height: 640 },
  { name: 'desktop', width: 1440, height: 900 },
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const size of sizes) {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: size, colorScheme: scheme, timezoneId: 'America/Los_Angeles' });
    for (const path of paths) {
      await page.goto(base + path);
      await page.locator('[aria-busy="false"]').first().waitFor();
      // The parts that load after the first draw (list, downloads, event panel) are in…
      await page.waitForFunction(() => !document.querySelector('.lazy-part-status'));
      if (path.includes('/events/')) await page.getByRole('complementary').getByRole('heading', { level: 2 }).waitFor();
      // …and have stopped moving (the phone's bottom sheet slides in).
      await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
      const slug = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
      await page.screenshot({ path: `${out}/${size.name}-${scheme}-${slug}.png`, fullPage: size.name === 'phone' && !path.includes('/events/') });
    }
    await page.close();
  }
}
await browser.close();
console.log(`Screenshots written to ${out}/`);
