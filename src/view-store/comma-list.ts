/**
 * Lists in a link (`actor=A,B`): items are joined with commas, and a comma or backslash inside
 * an item is written with a backslash before it, so "Protesters (Iraq), students" stays one
 * actor. Links written before the escape read the same: they have no backslashes.
 */
export function joinCommaList(items: readonly string[]): string {
  return items.map((item) => item.replace(/[\\,]/g, (character) => `\\${character}`)).join(',');
}

/** The items of a list joinCommaList wrote (trimmed; empty ones dropped). */
export function splitCommaList(text: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const character = text[i]!;
    if (character === '\\' && i + 1 < text.length) {
      current += text[++i];
    } else if (character === ',') {
      items.push(current);
      current = '';
    } else {
      current += character;
    }
  }
  items.push(current);
  return items.map((item) => item.trim()).filter(Boolean);
}
