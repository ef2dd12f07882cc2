import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from './html-to-text.ts';

describe('htmlToText', () => {
  it.each([
    ['plain text', 'Plain text', 'Plain text'],
    ['inline tags', 'A <b>bold</b> and <i class="x">italic</i> word', 'A bold and italic word'],
    ['paragraphs', '<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['line breaks', 'Line<br>break<br/>again<BR />end', 'Line\nbreak\nagain\nend'],
    ['list items', '<ul><li>a</li><li>b</li></ul>', 'a\nb'],
    ['table cells', '<table><tr><td>a</td><td>b</td></tr></table>', 'a b'],
    ['source whitespace', '  Many\n\n   spaces\tand\r\nnewlines  ', 'Many spaces and newlines'],
    ['script contents', 'Before<script>alert("<p>x</p>")</script>after', 'Beforeafter'],
    ['script with attributes and odd case', 'a<SCRIPT type="text/javascript">x()</ScRiPt >b', 'ab'],
    ['style contents', '<style>p { color: red }</style>Text', 'Text'],
    ['an unclosed script drops the rest', 'Safe<script>alert(1)', 'Safe'],
    ['"</script" inside a string does not end early when it is not a tag end', '<script>var s = "</scriptx>"; alert(1)</script>ok', 'ok'],
    ['comments', 'a<!-- <b>hidden</b> -->b', 'ab'],
    ['unterminated comment', 'a<!-- hidden', 'a'],
    ['doctype', '<!DOCTYPE html><html><head><title>T</title></head><body>Body</body></html>', 'Body'],
    ['event-handler attributes vanish with the tag', 'x<img src=x onerror=alert(1)>y', 'xy'],
    ['svg payload', '"><svg onload=alert(1)>z', '">z'],
    ['a ">" inside a quoted attribute', '<a title="a > b" href="#">link</a>', 'link'],
    ["an apostrophe in an unquoted value is not a quote", "<img alt=it's>after", 'after'],
    ['a lone "<" is text', 'a < b and c<3', 'a < b and c<3'],
    ['an unterminated tag swallows the rest', 'text <b class="x', 'text'],
    ['iframe contents', 'a<iframe src="x">fallback <b>text</b></iframe>b', 'ab'],
    ['template placeholders stay text', "{{constructor.constructor('alert(1)')()}}", "{{constructor.constructor('alert(1)')()}}"],
  ])('%s', (_name, input, expected) => {
    expect(htmlToText(input)).toBe(expected);
  });

  it('decodes entities once, after removing tags, so encoded markup stays text', () => {
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
    expect(htmlToText('&amp;lt;b&amp;gt;')).toBe('&lt;b&gt;');
  });

  it('keeps non-breaking spaces', () => {
    expect(htmlToText('10&nbsp;km')).toBe('10\u00a0km');
  });

  it('never outputs a tag that was written as one', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(1)</script>"><svg onload=alert(1)><a href="javascript:alert(1)">x</a>';
    expect(htmlToText(hostile)).not.toMatch(/<[a-z]/i);
  });

  it('handles a very long input without tags quickly', () => {
    const long = 'A'.repeat(1_000_000);
    expect(htmlToText(long)).toHaveLength(1_000_000);
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&amp; &lt; &gt; &quot; &#39; &apos;', '& < > " \' \''],
    ['&#106;avascript:', 'javascript:'],
    ['&#x6A;&#X41;', 'jA'],
    ['&#128512;', '😀'],
    ['&#0; &#xD800; &#x110000;', '\ufffd \ufffd \ufffd'],
    ['&copy; &unknown; & alone &amp', '&copy; &unknown; & alone &amp'],
    ['&#9999999;', '\ufffd'],
  ])('%s', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});

describe('htmlToText: line structure', () => {
  it('turns a run of block edges into one break, and a paragraph into a blank line', () => {
    expect(htmlToText('<div><div>a</div></div><div>b</div>')).toBe('a\nb');
    expect(htmlToText('<p>a<br><br>b</p><ul><li>c</li></ul>')).toBe('a\n\nb\n\nc');
  });

  it('does not let encoded control characters act as line breaks', () => {
    expect(htmlToText('a&#1;b&#2;c')).toBe('abc');
  });
});
