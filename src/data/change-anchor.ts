/**
 * The fragment id of each entry of a dataset's `changes` list ("change-2024-03-01-1"), shared by
 * the Corrections page (its anchors) and the Atom feed (scripts/build/changes-feed.ts: its links
 * and entry ids), so a feed entry lands on its own paragraph.
 *
 * Stable as the list grows: the list is newest first and new entries go on top, so each entry is
 * numbered among the entries of its date counting from the oldest (the bottom), and adding one
 * never renumbers the others.
 */
export function changeAnchors(changes: readonly { readonly date: string }[]): string[] {
  const seen = new Map<string, number>();
  const anchors: string[] = new Array<string>(changes.length);
  for (let index = changes.length - 1; index >= 0; index--) {
    const { date } = changes[index]!;
    const n = (seen.get(date) ?? 0) + 1;
    seen.set(date, n);
    anchors[index] = `change-${date}-${n}`;
  }
  return anchors;
}
