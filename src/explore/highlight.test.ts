import { describe, expect, it } from 'vitest';
import { highlightSegments, type Segment } from './highlight.ts';

const marked = (segments: readonly Segment[]) => segments.filter((segment) => segment.match).map((segment) => segment.text);
const joined = (segments: readonly Segment[]) => segments.map((segment) => segment.text).join('');

describe('highlightSegments', () => {
  it('marks the original text of a match found through normalisation', () => {
    const text = 'Mushtaq Taleb al-Saidi, known as "Abu Taqwa"';
    const segments = highlightSegments(text, 'saidi');
    expect(marked(segments)).toEqual(['Saidi']);
    expect(joined(segments)).toBe(text);
  });

  it('marks a phrase whole, hyphens included, rather than each short word everywhere', () => {
    const text = 'An attack on Ain al-Asad air base, al-Anbar';
    expect(marked(highlightSegments(text, 'ain al asad'))).toEqual(['Ain al-Asad']);
  });

  it('marks each word when the phrase does not occur as such', () => {
    const text = 'US drone strike in Baghdad';
    expect(marked(highlightSegments(text, 'baghdad drone'))).toEqual(['drone', 'Baghdad']);
  });

  it('keeps accents inside the mark, composed or decomposed', () => {
    expect(marked(highlightSegments('Talks in Türkiye', 'turkiye'))).toEqual(['Türkiye']);
    expect(marked(highlightSegments('Ame\u0301lie', 'ame'))).toEqual(['Ame\u0301']);
  });

  it('merges overlapping matches and marks every occurrence', () => {
    expect(marked(highlightSegments('strike, strikes', 'strike trike'))).toEqual(['strike', 'strike']);
  });

  it('returns the text as one plain segment when nothing matches or the query is blank', () => {
    expect(highlightSegments('Baghdad', 'tanker')).toEqual([{ text: 'Baghdad', match: false }]);
    expect(highlightSegments('Baghdad', '  ')).toEqual([{ text: 'Baghdad', match: false }]);
    expect(highlightSegments('', 'x')).toEqual([{ text: '', match: false }]);
  });

  it('never splits a surrogate pair and keeps markup-like text as text', () => {
    const text = '<b>🚀 launch</b>';
    const segments = highlightSegments(text, 'launch');
    expect(joined(segments)).toBe(text);
    expect(marked(segments)).toEqual(['launch']);
  });
});

describe('highlightSegments, word by word', () => {
  it('prefers the starts of words, so a short word does not light up inside others', () => {
    const text = 'The coalition base at Al-Asad';
    expect(marked(highlightSegments(text, 'ain al asad'))).toEqual(['Al-Asad']);
  });

  it('still marks a word found only inside another word', () => {
    expect(marked(highlightSegments('Kataib Hezbollah', 'bollah'))).toEqual(['bollah']);
  });
});

describe('highlightSegments in Arabic', () => {
  it('marks the written letters, vowel marks and hamza seats included, for a query typed without them', () => {
    const text = 'مقتل «أبو تقوى» في بغداد';
    const marked = highlightSegments(text, 'ابو تقوي').filter((segment) => segment.match).map((segment) => segment.text);
    expect(marked).toEqual(['أبو تقوى']);
  });
});
