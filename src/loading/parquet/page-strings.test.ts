import { describe, expect, it } from 'vitest';
import { pageStrings } from './page-strings.ts';

/** A page as Parquet's plain encoding lays strings out: a 4-byte length, then the bytes, for each. */
function plainPage(values: readonly string[]): { page: Uint8Array; views: Uint8Array[] } {
  const encoded = values.map((value) => new TextEncoder().encode(value));
  const page = new Uint8Array(encoded.reduce((sum, bytes) => sum + 4 + bytes.length, 0));
  const views: Uint8Array[] = [];
  let offset = 0;
  for (const bytes of encoded) {
    new DataView(page.buffer).setUint32(offset, bytes.length, true);
    page.set(bytes, offset + 4);
    views.push(new Uint8Array(page.buffer, offset + 4, bytes.length));
    offset += 4 + bytes.length;
  }
  return { page, views };
}

describe('pageStrings (hyparquet stringFromBytes)', () => {
  it('reads ASCII and non-ASCII values of a page as TextDecoder does', () => {
    // Lengths of 150 and 200 put bytes of 0x80 and more in the page between values.
    const values = ['Strike on a depot', 'x'.repeat(150), 'غارة على مستودع', 'Café', '', 'y'.repeat(200), 'after\u202Ebidi', 'last'];
    const { views } = plainPage(values);
    const strings = pageStrings();
    expect(views.map(strings.read)).toEqual(values);
  });

  it('reads each page from its own bytes when the page changes', () => {
    const strings = pageStrings();
    const first = plainPage(['alpha', 'beta']);
    const second = plainPage(['gamma', 'delta']);
    expect([...first.views, ...second.views, first.views[1]!].map(strings.read)).toEqual(['alpha', 'beta', 'gamma', 'delta', 'beta']);
  });

  it('leaves a missing value missing', () => {
    expect(pageStrings().read(undefined)).toBeUndefined();
  });

  it('says whether any value read may hold a bidi control, raw or as a JSON escape', () => {
    const mayHaveBidi = (values: string[]) => {
      const strings = pageStrings();
      plainPage(values).views.forEach(strings.read);
      return strings.mayHaveBidi();
    };
    expect(mayHaveBidi(['Strike on a depot', '[{"url":"https://example.org/1"}]'])).toBe(false);
    // JSON text that writes a control as an escape: ASCII, yet JSON.parse makes the control.
    expect(mayHaveBidi(['Strike', '[{"title":"a\\u202eb"}]'])).toBe(true);
    expect(mayHaveBidi(['Strike', 'after\u202Ebidi'])).toBe(true);
    expect(mayHaveBidi(['Strike', 'غارة'])).toBe(true);
  });
});
