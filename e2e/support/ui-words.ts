import type { Page } from '@playwright/test';
import { en } from '../../src/i18n/messages-en.ts';
import { enFetch } from '../../src/i18n/messages-en-fetch.ts';
import { enLater } from '../../src/i18n/messages-en-later.ts';
import { enMake } from '../../src/i18n/messages-en-make.ts';
import { enRead } from '../../src/i18n/messages-en-read.ts';
import { enSheets } from '../../src/i18n/messages-en-sheets.ts';

/**
 * Everything the page says to a reader or a screen reader, but what it marks as English
 * (`lang="en…"`: untranslated data, the validator's reasons, an engine's message): the text,
 * the title, accessible names, titles, placeholders, and text drawn by CSS (`content`). The
 * Unicode isolates the Arabic catalogue puts around Latin text are left out.
 */
export function wordsNotMarkedEnglish(page: Page): Promise<string> {
  return page.evaluate(() => {
    const english = (element: Element | null) => (element?.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('en');
    const words: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('script, style, noscript') && !english(node.parentElement)) words.push(node.textContent ?? '');
    }
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      if (english(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) words.push(element.getAttribute(name) ?? '');
      for (const pseudo of ['::before', '::after']) {
        const content = getComputedStyle(element, pseudo).content;
        if (/^["']/.test(content)) words.push(content);
      }
    }
    return words.join('\n').replace(/[\u2066-\u2069]/g, '');
  });
}

/**
 * The app's own English sentences, from its catalogues: every run of two words or more between
 * the slots of a message (a single word such as "CSV" or "Excel" is also the Arabic text's).
 */
export function englishCataloguePhrases(): string[] {
  const catalogues: readonly Readonly<Record<string, string | Readonly<Record<string, string>>>>[] = [en, enLater, enMake, enFetch, enSheets, enRead];
  const messages = catalogues.flatMap((catalogue) =>
    Object.values(catalogue).flatMap((message) => (typeof message === 'string' ? [message] : Object.values(message))),
  );
  const phrases = messages.flatMap((message) => message.split(/\{\w+\}/)).map((part) => part.trim());
  return [...new Set(phrases.filter((part) => (part.match(/[A-Za-z]{2,}/g) ?? []).length >= 2))];
}
