import type { Page } from '@playwright/test';

/** Relative brightness (0–1) of the page background, or of its text with `of: 'color'`. */
export function bodyLuminance(page: Page, of: 'backgroundColor' | 'color' = 'backgroundColor'): Promise<number> {
  return page.evaluate((property) => {
    const [r, g, b] = (getComputedStyle(document.body)[property].match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
    return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
  }, of);
}
