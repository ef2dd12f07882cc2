/**
 * Splits a dataset's JSON text, piece by piece as it downloads, into the values of the
 * top-level "events" list (handed to `onRecord` as soon as each is complete) and the rest of
 * the document, kept with that list left empty: `{"version":1,…,"events":[],"series":[…]}`.
 * The worker can then parse and check each record while the rest of the file is still
 * arriving, instead of waiting for the whole 36 MB before JSON.parse even starts.
 *
 * It only splits; it does not judge. It tracks strings, escapes and nesting, and anything it
 * does not expect (no top-level object, a second "events", text after the end) makes `end()`
 * return undefined, and the caller reads the whole text the usual way, which also words the
 * error. Records it hands out may still be invalid JSON: JSON.parse says so.
 */
export interface EventListSplitter {
  push(piece: string): void;
  /** The document without its events, or undefined when it is not one the splitter understood. */
  end(): string | undefined;
}

const QUOTE = 34; // "
const OPEN_OBJECT = 123; // {
const CLOSE_OBJECT = 125;
const OPEN_LIST = 91; // [
const CLOSE_LIST = 93;
const COMMA = 44;
const COLON = 58;

const isSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;

function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? text.length : at;
}

/** `onListStart` gets the document so far, up to and with the opening "[", when the events list begins. */
export function createEventListSplitter(onRecord: (text: string) => void, onListStart?: (head: string) => void): EventListSplitter {
  const head: string[] = [];
  let mode: 'head' | 'events' | 'tail' | 'broken' = 'head';
  let depth = 0;
  let closed = false; // the top-level object has ended
  let inString = false;
  let escaped = false;
  // Top-level keys: the text of the last string at depth 1, and the key it names after ":".
  let keyText = '';
  let keyStart = -1; // where that string's text starts in the current piece, while it is open
  let key: string | undefined;
  let sawEvents = false;
  // The record being read (a value of the events list).
  let record = '';
  let inRecord = false;

  function emit(text: string) {
    onRecord(text);
    record = '';
    inRecord = false;
  }

  function push(piece: string) {
    if (mode === 'broken') return;
    let from = 0; // the start of what is not yet copied to the head or the record
    // The next quote and backslash at or after i (piece.length for none), found by indexOf: the
    // text inside strings, most of the file, is skipped in one step instead of char by char.
    let nextQuote = -1;
    let nextBackslash = -1;
    for (let i = 0; i < piece.length; i++) {
      if (inString) {
        if (escaped) {
          escaped = false;
          continue;
        }
        if (nextQuote < i) nextQuote = indexOrEnd(piece, '"', i);
        if (nextBackslash < i) nextBackslash = indexOrEnd(piece, '\\', i);
        i = Math.min(nextQuote, nextBackslash);
        if (i >= piece.length) break;
        if (i === nextBackslash) {
          escaped = true;
          continue;
        }
        inString = false;
        if (keyStart >= 0) {
          keyText += piece.slice(keyStart, i);
          keyStart = -1;
        }
        if (inRecord && depth === 2) {
          emit(record + piece.slice(from, i + 1)); // a record that is a string
          from = i + 1;
        }
        continue;
      }
      const code = piece.charCodeAt(i);
      if (isSpace(code)) continue;
      if (mode === 'events' && depth === 2) {
        if (inRecord && (code === COMMA || code === CLOSE_LIST)) {
          emit((record + piece.slice(from, i)).trim()); // a bare value (a number, null) ends here
          from = i + 1;
        }
        if (!inRecord) {
          if (code === COMMA) {
            from = i + 1;
            continue;
          }
          if (code === CLOSE_LIST) {
            // The list ends: the head goes on from its "]".
            mode = 'tail';
            depth = 1;
            from = i;
            continue;
          }
          inRecord = true;
          record = '';
          from = i;
        }
      }
      switch (code) {
        case QUOTE:
          inString = true;
          if (depth === 1) {
            keyText = '';
            keyStart = i + 1;
          }
          break;
        case COLON:
          if (depth === 1) {
            key = keyText;
            if (key === 'events' && sawEvents) mode = 'broken';
          }
          break;
        case COMMA:
          if (depth === 1) key = undefined;
          break;
        case OPEN_OBJECT:
        case OPEN_LIST:
          if (depth === 0 && (closed || code !== OPEN_OBJECT)) mode = 'broken';
          depth++;
          if (depth === 2 && mode === 'head' && key === 'events' && code === OPEN_LIST) {
            sawEvents = true;
            mode = 'events';
            head.push(piece.slice(from, i + 1));
            from = i + 1;
            onListStart?.(head.join(''));
          }
          break;
        case CLOSE_OBJECT:
        case CLOSE_LIST:
          depth--;
          if (depth < 0) mode = 'broken';
          if (depth === 0) closed = true;
          if (inRecord && depth === 2) {
            emit(record + piece.slice(from, i + 1));
            from = i + 1;
          }
          break;
        default:
          if (depth === 0) mode = 'broken';
      }
      if (mode === 'broken') return;
    }
    if (keyStart >= 0) {
      keyText += piece.slice(keyStart);
      keyStart = 0;
    }
    if (inRecord) record += piece.slice(from);
    else if (mode !== 'events') head.push(piece.slice(from));
  }

  return {
    push,
    end() {
      if (mode !== 'tail' || depth !== 0 || inString || inRecord) return undefined;
      return head.join('');
    },
  };
}
