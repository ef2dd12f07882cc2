import { describe, expect, it } from 'vitest';
import { ar } from './messages-ar.ts';
import { arMake } from './messages-ar-make.ts';
import { arRead } from './messages-ar-read.ts';
import { en } from './messages-en.ts';
import { enFetch } from './messages-en-fetch.ts';
import { enLater } from './messages-en-later.ts';
import { enMake } from './messages-en-make.ts';
import { enRead } from './messages-en-read.ts';
import { enSheets } from './messages-en-sheets.ts';

type Messages = Readonly<Record<string, string | Readonly<Record<string, string>>>>;

const english: Messages = { ...en, ...enLater, ...enMake, ...enFetch, ...enSheets, ...enRead };
const arabic: Messages = { ...ar, ...arMake, ...arRead };
const failureKeys = new Set([...Object.keys(enFetch), ...Object.keys(enSheets), ...Object.keys(enRead)]);

/** The `{name}` slots of a message, of all its plural forms together. */
function slots(message: string | Readonly<Record<string, string>>): Set<string> {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!)));
}

describe('the Arabic catalogues against the English', () => {
  it('have the same keys (the type check says so too)', () => {
    expect(Object.keys(arabic).sort()).toEqual(Object.keys(english).sort());
  });

  it('fill only slots the English message has (a misspelt slot would show as {name})', () => {
    const stray = Object.entries(arabic).flatMap(([key, message]) => {
      const known = slots(english[key]!);
      return [...slots(message)].filter((slot) => !known.has(slot) && slot !== 'count').map((slot) => `${key}: {${slot}}`);
    });
    expect(stray).toEqual([]);
  });

  it('never put a failed load\'s English detail in the sentence: the page shows it apart, marked as English', () => {
    expect([...failureKeys].filter((key) => slots(arabic[key]!).has('detail'))).toEqual([]);
    // …which the English does put in its sentence, where it has one.
    expect(slots(english['read.invalidJson']!).has('detail')).toBe(true);
  });
});
