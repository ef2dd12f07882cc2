/**
 * Unicode bidirectional controls (embeddings, overrides, isolates, the LRM/RLM/ALM marks) reorder
 * what a reader sees without showing themselves: a title with U+202E can display "Strike on
 * troper exe.png" for "…gnp.exe report". Data text never needs them (the page isolates each
 * string's direction itself), so they are removed at the parse boundary and the removal reported.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Without the g flag: test() keeps no lastIndex between calls.
const HAS_BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export function hasBidiControls(text: string): boolean {
  return HAS_BIDI_CONTROL.test(text);
}

// The same characters written as JSON escapes ("\u202e").
const BIDI_ESCAPE = /\\u(?:061[cC]|200[eEfF]|202[a-eA-E]|206[6-9])/;

/**
 * Whether a JSON text may hold bidi controls, raw or escaped: false lets the parser skip testing
 * each string. Testing a whole text is nearly free when it has no character past Latin-1 (the
 * engine sees the class cannot match), about 3 ms a megabyte otherwise.
 */
export function jsonMayHaveBidi(text: string): boolean {
  return HAS_BIDI_CONTROL.test(text) || BIDI_ESCAPE.test(text);
}

/** The text without bidi controls, and which ones were removed (as U+XXXX, in order found). */
export function stripBidiControls(text: string): { readonly text: string; readonly removed: readonly string[] } {
  const removed: string[] = [];
  const cleaned = text.replace(BIDI_CONTROLS, (control) => {
    removed.push(`U+${control.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
    return '';
  });
  return { text: cleaned, removed };
}

/** The report's words for a removal: "removed 2 bidi control characters (U+202E, U+2066) …". */
export function bidiRemovalReason(removed: readonly string[]): string {
  const distinct = [...new Set(removed)].join(', ');
  const what = removed.length === 1 ? '1 Unicode bidi control character' : `${removed.length} Unicode bidi control characters`;
  return `removed ${what} (${distinct}): ${removed.length === 1 ? 'it' : 'they'} can make text display in a different order than it is stored`;
}

/**
 * `text` without bidi controls; `warn` hears the field and the report's reason when any were
 * removed. Field and callback are passed apart, not as a closure: this runs on every text of
 * every record, and most have nothing to remove.
 */
export function cleanText(text: string, field: string, warn: (field: string, reason: string) => void): string {
  if (!HAS_BIDI_CONTROL.test(text)) return text;
  const { text: cleaned, removed } = stripBidiControls(text);
  warn(field, bidiRemovalReason(removed));
  return cleaned;
}
