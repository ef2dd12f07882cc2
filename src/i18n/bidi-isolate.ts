/**
 * For the Arabic catalogues: Latin text whose punctuation would otherwise take the paragraph's
 * direction and move ("Excel (.xlsx)" showing as "(Excel (.xlsx", "https://." as ".//:https").
 * The Unicode isolates keep such a run in one piece (../shared/research/arabic-glossary.md asks
 * for them around Latin-script items); screen readers pass over them.
 */

/** Left-to-right text (a file type, an address, a command): LRI … PDI. */
export function ltr(text: string): string {
  return `\u2066${text}\u2069`;
}

/** A slot filled with text of either direction (a file's or a sheet's name): FSI … PDI, its own first letter decides. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
