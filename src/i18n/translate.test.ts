import { afterEach, describe, expect, it } from 'vitest';
import { ar } from './messages-ar.ts';
import { en } from './messages-en.ts';
import { pluralCategory } from './plural.ts';
import { setActiveCatalogue, t, tn } from './translate.ts';

afterEach(() => setActiveCatalogue('en', en));

describe('plural rules', () => {
  it.each([
    [0, 'zero'],
    [1, 'one'],
    [2, 'two'],
    [3, 'few'],
    [10, 'few'],
    [11, 'many'],
    [99, 'many'],
    [100, 'other'],
    [102, 'other'],
    [103, 'few'],
  ])('Arabic %i is %s', (count, category) => {
    expect(pluralCategory('ar', count)).toBe(category);
  });

  it('English has one and other', () => {
    expect([0, 1, 2, 21].map((count) => pluralCategory('en', count))).toEqual(['other', 'one', 'other', 'other']);
  });
});

describe('the count line', () => {
  it('in English', () => {
    expect(tn('header.count', 1, { shown: 1 })).toBe('1 of 1 event');
    expect(tn('header.count', 1234, { shown: 12 })).toBe('12 of 1,234 events');
  });

  it('in Arabic, in each of the six forms (the glossary’s examples)', () => {
    setActiveCatalogue('ar', ar);
    expect(tn('header.count', 0, { shown: 0 })).toBe('لا توجد أحداث');
    expect(tn('header.count', 1, { shown: 1 })).toBe('1 من أصل حدث واحد');
    expect(tn('header.count', 2, { shown: 2 })).toBe('2 من أصل حدثين');
    expect(tn('header.count', 3, { shown: 3 })).toBe('3 من أصل 3 أحداث');
    expect(tn('header.count', 59, { shown: 12 })).toBe('12 من أصل 59 حدثًا');
    expect(tn('header.count', 100, { shown: 100 })).toBe('100 من أصل 100 حدث');
  });

  it('fills named slots and leaves unknown ones', () => {
    expect(t('date.approximate', { date: '4 Jan 2024' })).toBe('c. 4 Jan 2024');
    expect(t('date.approximate')).toBe('c. {date}');
  });
});
