/**
 * Turns the HTML that TimelineJS allows in headlines and text into plain text, without an HTML
 * parser: nothing is ever created, loaded or run, and the result is only ever shown as text.
 * A small tokenizer walks the string: the contents of <script>, <style> and similar elements
 * are dropped, <br> and block elements become line breaks, every other tag is removed, and a
 * fixed set of entities is decoded once (so "&amp;lt;" becomes the text "&lt;", not "<").
 */

/** Elements whose contents are code or metadata, never reading text. */
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'head', 'title', 'textarea', 'xmp']);
/** Elements that start a new line. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'pre', 'section', 'table', 'tr', 'ul',
]);
/** Elements that separate words without starting a line. */
const CELLS = new Set(['td', 'th']);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));/g;

function fromCodePoint(code: number): string {
  // NUL, surrogates and values past Unicode are not characters: show the replacement mark.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** Decodes &amp; &lt; &gt; &quot; &apos; &#39; &nbsp; and numeric &#NNN; / &#xHH; — nothing else. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_match, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    return NAMED[name!]!;
  });
}

const TAG_START = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/y;

/** Index just past the '>' that closes the tag whose name ends at `from` (quotes respected). */
function endOfTag(html: string, from: number): number {
  let quote: string | null = null;
  let afterEquals = false;
  for (let i = from; i < html.length; i += 1) {
    const c = html[i]!;
    if (quote) {
      if (c === quote) quote = null;
      continue;
    }
    if (c === '>') return i + 1;
    if ((c === '"' || c === "'") && afterEquals) {
      quote = c;
      afterEquals = false;
    } else if (c === '=') {
      afterEquals = true;
    } else if (!/\s/.test(c)) {
      afterEquals = false;
    }
  }
  return html.length; // an unterminated tag swallows the rest, as in a browser
}

/** Index just past the end tag of a dropped element (or the end, when it is never closed). */
function endOfDropped(html: string, name: string, from: number): number {
  const close = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
  close.lastIndex = from;
  const found = close.exec(html);
  return found ? endOfTag(html, found.index + found[0].length) : html.length;
}

// Block edges are marked while walking, then each run of them becomes one line break (or a
// blank line when a paragraph is among them), so "</li><li>" is one break, not two.
const BLOCK_EDGE = '\u0001';
const PARAGRAPH_EDGE = '\u0002';

function tidy(text: string): string {
  return text
    .replace(/[ \u0001\u0002]*[\u0001\u0002][ \u0001\u0002]*/g, (run) => (run.includes(PARAGRAPH_EDGE) ? '\n\n' : '\n'))
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function htmlToText(html: string): string {
  let out = '';
  let i = 0;
  const text = (chunk: string) => {
    // Whitespace in HTML source is not meaningful: runs become one space (&nbsp; survives).
    out += decodeEntities(chunk.replace(/[ \t\r\n\f]+/g, ' ')).replace(/[\u0001\u0002]/g, '');
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      text(html.slice(i));
      break;
    }
    text(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    TAG_START.lastIndex = lt;
    const tag = TAG_START.exec(html);
    if (!tag) {
      if (html[lt + 1] === '!' || html[lt + 1] === '?') {
        i = endOfTag(html, lt + 2); // <!DOCTYPE …>, <?xml …?>, <![CDATA[…]]>: markup, not text
      } else {
        out += '<'; // "a < b" is text
        i = lt + 1;
      }
      continue;
    }
    const closing = tag[1] === '/';
    const name = tag[2]!.toLowerCase();
    i = endOfTag(html, lt + tag[0].length);
    if (!closing && DROPPED.has(name)) {
      i = endOfDropped(html, name, i);
      continue;
    }
    if (name === 'br') out += '\n';
    else if (name === 'p') out += PARAGRAPH_EDGE;
    else if (BLOCKS.has(name)) out += BLOCK_EDGE;
    else if (CELLS.has(name)) out += ' ';
  }
  return tidy(out);
}
