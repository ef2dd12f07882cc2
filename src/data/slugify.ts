/**
 * Any text as a slug (SLUG_PATTERN, slug.ts), for the ids the importers make and the export's
 * file names: accents are dropped ("Qaïm" → "qaim"), everything else that is not a letter or
 * digit becomes a hyphen. '' when nothing usable is left, so the caller can choose a fallback.
 * Not in slug.ts, which the page loads at once to check URLs: only the importers and the
 * export use this, and they are loaded when used.
 *
 * At most `maxLength` characters. `cut: 'word'` cuts before the word the limit falls in (file
 * names read better whole; one word longer than the limit is still cut); the importers cut
 * anywhere, because their ids are in readers' links and must stay what they were.
 */
export function slugify(text: string, maxLength = 80, cut: 'anywhere' | 'word' = 'anywhere'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  // A hyphen just past the limit ends a whole word, so it counts as a place to cut.
  const wordEnd = cut === 'word' ? slug.lastIndexOf('-', maxLength) : -1;
  return wordEnd > 0 ? slug.slice(0, wordEnd) : slug.slice(0, maxLength).replace(/-+$/, '');
}
