import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from './slug.ts';
import { slugify } from './slugify.ts';

const SLUG = new RegExp(SLUG_PATTERN);

describe('slugify', () => {
  it('drops accents, lower-cases, and turns everything else into single hyphens', () => {
    expect(slugify('Al-Qaïm  &  Ḥaẓ')).toBe('al-qaim-haz');
    expect(slugify('IRQ12345')).toBe('irq12345');
    expect(slugify('../../etc/passwd <script>')).toBe('etc-passwd-script');
  });

  it("gives '' when nothing usable is left, for the caller's fallback", () => {
    expect(slugify('—')).toBe('');
    expect(slugify('العراق')).toBe('');
  });

  it('always gives a slug the schema accepts, or nothing', () => {
    for (const text of ['  a  ', '-a-', 'a--b', 'Ω 1', '😀x😀', 'x'.repeat(100), 'a-'.repeat(60)]) {
      const slug = slugify(text, 20);
      expect(slug === '' || SLUG.test(slug), text).toBe(true);
    }
  });

  it('cuts anywhere at the limit by default, leaving no hyphen at the end', () => {
    expect(slugify('strike on the base', 12)).toBe('strike-on-th');
    expect(slugify('strike on the base', 10)).toBe('strike-on');
  });

  it('cuts before the word the limit falls in with cut "word", and keeps a word that ends at it', () => {
    expect(slugify('strike on the base', 12, 'word')).toBe('strike-on');
    expect(slugify('strike on the base', 13, 'word')).toBe('strike-on-the');
    expect(slugify('strikesonthebase and more', 10, 'word')).toBe('strikesont');
  });
});
