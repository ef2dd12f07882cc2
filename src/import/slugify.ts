/**
 * Makes an id in our slug form (a–z, 0–9 and single hyphens) from any text: accents are
 * dropped ("Qaïm" → "qaim"), everything else that is not a letter or digit becomes a hyphen.
 * Returns '' when nothing usable is left, so the caller can choose a fallback.
 */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

/**
 * Hands out ids that are unique within one import: "strike", "strike-2", "strike-3"… and never
 * one of `reserved` (ids the file gives itself, whose duplicates validation should report).
 */
export function uniqueIds(reserved: ReadonlySet<string> = new Set()) {
  const used = new Set<string>();
  return (wanted: string): string => {
    let id = wanted;
    for (let n = 2; used.has(id) || reserved.has(id); n += 1) id = `${wanted}-${n}`;
    used.add(id);
    return id;
  };
}
