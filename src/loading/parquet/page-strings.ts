import { jsonMayHaveBidi } from '../../data/bidi-controls.ts';

/**
 * hyparquet's `stringFromBytes`, faster for the text our files hold. hyparquet decodes each
 * string value with TextDecoder, one call per value, and in Chromium a call costs about 0.1 µs
 * warm and more cold: a row group of 20,000 events has some 300,000 values, and decoding was a
 * quarter of the window worker's time (46 ms of 200 a group, in a CPU profile). Each value is a
 * view into its decompressed page, so the page is decoded once, as Latin-1, and an ASCII value
 * is a substring of that: the same characters, since ASCII bytes are those code points.
 * Anything else (a byte of 0x80 or more in the value) goes through TextDecoder as before.
 *
 * On the way it learns what the JSON path learns by testing the whole text: whether any value
 * may hold a bidi control (bidi-controls.ts), which is never ASCII but may be written as a JSON
 * escape in ASCII text. When none may, the reader skips testing each string of each record.
 */
const utf8 = new TextDecoder();
const latin1 = new TextDecoder('latin1');

/** Pages larger than this (an uncompressed file's whole column chunk) are not decoded whole for one value. */
const MAX_PAGE_BYTES = 16 * 1024 * 1024;

export interface PageStrings {
  readonly read: (bytes: Uint8Array | undefined) => string | undefined;
  /** False while every value read is ASCII with no JSON escape of a bidi control. */
  readonly mayHaveBidi: () => boolean;
}

export function pageStrings(): PageStrings {
  let page: ArrayBufferLike | undefined;
  let text = '';
  let mayHaveBidi = false;
  const decode = (bytes: Uint8Array) => {
    mayHaveBidi = true;
    return utf8.decode(bytes);
  };
  const read = (bytes: Uint8Array | undefined) => {
    if (!bytes) return undefined;
    const { buffer, byteOffset, byteLength } = bytes;
    if (buffer.byteLength > MAX_PAGE_BYTES) return decode(bytes);
    for (let i = 0; i < byteLength; i++) if (bytes[i]! >= 0x80) return decode(bytes);
    if (buffer !== page) {
      page = buffer;
      text = latin1.decode(new Uint8Array(buffer));
      // Once a page: its ASCII values are all in this text (and only Latin-1 beside them).
      if (!mayHaveBidi && jsonMayHaveBidi(text)) mayHaveBidi = true;
    }
    return text.slice(byteOffset, byteOffset + byteLength);
  };
  return { read, mayHaveBidi: () => mayHaveBidi };
}
