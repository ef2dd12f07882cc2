import { describe, expect, it } from 'vitest';
import { svgDataUrl } from './svg-to-png.ts';

// svgToPng itself needs a browser (Image, canvas): the e2e download test covers it.
describe('svgDataUrl', () => {
  it('percent-encodes the whole document, so #, quotes and markup cannot end the URL early', () => {
    const url = svgDataUrl('<svg xmlns="http://www.w3.org/2000/svg"><text fill="#000">a & b</text></svg>');
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(url.slice(url.indexOf(',') + 1)).not.toMatch(/[<>"#\s]/);
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toContain('<text fill="#000">a & b</text>');
  });

  it('keeps non-ASCII text intact', () => {
    const url = svgDataUrl('<svg><text>Ḥaẓ – 4 Jan</text></svg>');
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe('<svg><text>Ḥaẓ – 4 Jan</text></svg>');
  });
});
