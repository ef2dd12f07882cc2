import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url.ts';

describe('safeHttpUrl', () => {
  it('accepts http and https addresses and returns them normalised', () => {
    expect(safeHttpUrl('https://example.org/a?b=1#c')).toBe('https://example.org/a?b=1#c');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
    expect(safeHttpUrl('HTTPS://Example.ORG/Path')).toBe('https://example.org/Path');
    expect(safeHttpUrl('  https://example.org/x  ')).toBe('https://example.org/x');
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    '  JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'javascript://example.org/%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/file',
    'mailto:someone@example.org',
    'blob:https://example.org/uuid',
  ])('rejects the non-http(s) address %j', (candidate) => {
    expect(safeHttpUrl(candidate)).toBeNull();
  });

  it('rejects relative or malformed addresses when no base is given', () => {
    expect(safeHttpUrl('/data/events.json')).toBeNull();
    expect(safeHttpUrl('example.org')).toBeNull();
    expect(safeHttpUrl('https://')).toBeNull();
    expect(safeHttpUrl('')).toBeNull();
  });

  it('resolves relative addresses against a base, and still rejects scripts', () => {
    expect(safeHttpUrl('/data/events.json', 'https://example.org/app/')).toBe('https://example.org/data/events.json');
    expect(safeHttpUrl('events.json', 'https://example.org/app/')).toBe('https://example.org/app/events.json');
    expect(safeHttpUrl('javascript:alert(1)', 'https://example.org/')).toBeNull();
  });

  it('rejects anything that is not a string', () => {
    for (const candidate of [undefined, null, 42, {}, ['https://example.org'], { toString: () => 'https://example.org' }]) {
      expect(safeHttpUrl(candidate)).toBeNull();
    }
  });
});
