import { describe, expect, it } from 'vitest';
import { eventMatchesQuery, eventSearchText, matchesQuery, matchesTerms, normalizeForSearch, searchTerms } from './search-text.ts';
import { loadEvents, rawEvent } from './test-events.ts';

describe('normalizeForSearch', () => {
  it('lower-cases, drops diacritics and turns punctuation and hyphens into single spaces', () => {
    expect(normalizeForSearch('Ain al-Asad')).toBe('ain al asad');
    expect(normalizeForSearch('  Türkiye — “Érbil”!  ')).toBe('turkiye erbil');
    expect(normalizeForSearch('Mushtaq Taleb al-Saidi, known as "Abu Taqwa"')).toBe('mushtaq taleb al saidi known as abu taqwa');
  });

  it('drops apostrophes inside words instead of splitting them', () => {
    expect(normalizeForSearch("Iraq's coalition’s")).toBe('iraqs coalitions');
  });

  it('treats decomposed and composed accents alike', () => {
    expect(normalizeForSearch('Ame\u0301lie')).toBe(normalizeForSearch('Amélie'));
    expect(normalizeForSearch('İstanbul')).toBe('istanbul');
  });
});

describe('searchTerms', () => {
  it('splits into unique normalised words; blank queries have none', () => {
    expect(searchTerms('  Al-Saidi  saidi ')).toEqual(['al', 'saidi']);
    expect(searchTerms(' -- ')).toEqual([]);
  });
});

describe('matchesQuery', () => {
  it('finds words across case, accents, hyphens and punctuation', () => {
    expect(matchesQuery('Mushtaq Taleb al-Saidi', 'saidi')).toBe(true);
    expect(matchesQuery('attack on Ain al-Asad air base', 'ain al asad')).toBe(true);
    expect(matchesQuery('attack on Ain al-Asad air base', 'AIN-AL-ASAD')).toBe(true);
    expect(matchesQuery('Erdoğan in Ankara', 'erdogan')).toBe(true);
  });

  it('needs every word, in any order', () => {
    expect(matchesQuery('US drone strike in Baghdad', 'baghdad drone')).toBe(true);
    expect(matchesQuery('US drone strike in Baghdad', 'baghdad tanker')).toBe(false);
  });

  it('an empty query matches everything', () => {
    expect(matchesQuery('anything', '')).toBe(true);
  });
});

describe('eventSearchText', () => {
  const { events } = loadEvents([
    rawEvent('a', '2024-01-04', {
      title: 'Strike',
      summary: 'A summary',
      actors: ['Kataib Hezbollah'],
      place: { name: 'Jurf al-Sakhar', country: 'Iraq' },
      sources: [{ url: 'https://example.org/x', title: 'Headline here', publisher: 'Fox News' }],
    }),
  ]);
  const event = events[0]!;

  it('covers title, summary, actors, place and the sources’ titles and publishers', () => {
    for (const query of ['strike', 'summary', 'kataib', 'jurf al sakhar', 'iraq', 'headline', 'fox news']) {
      expect(eventMatchesQuery(event, searchTerms(query)), query).toBe(true);
    }
    expect(eventMatchesQuery(event, searchTerms('example.org'))).toBe(false);
  });

  it('does not let a phrase run from one field into the next', () => {
    expect(eventMatchesQuery(event, searchTerms('sakhar iraq'))).toBe(true);
    expect(eventSearchText(event)).not.toContain('sakhar iraq');
  });
});

describe('Arabic search', () => {
  it('finds Arabic as readers type it: no vowel marks, bare alif, ya for alif maqsura, ha for ta marbuta, no tatweel', () => {
    expect(normalizeForSearch('أبو تقوى')).toBe(normalizeForSearch('ابو تقوي'));
    expect(normalizeForSearch('حركة النجباء')).toBe(normalizeForSearch('حركه النجباء'));
    expect(normalizeForSearch('عَيْن الأسد')).toBe('عين الاسد');
    expect(normalizeForSearch('بغـــداد')).toBe('بغداد');
    expect(matchesQuery('مقتل «أبو تقوى» في بغداد', 'ابو تقوي')).toBe(true);
    expect(matchesQuery('مقتل «أبو تقوى» في بغداد', 'النجباء')).toBe(false);
  });

  it('finds an event by its title in any language the data gives', () => {
    const { events } = loadEvents([rawEvent('a', '2024-01-04', { title: 'US strike in Baghdad', i18n: { ar: { title: 'ضربة أمريكية في بغداد', summary: 'قتل أبو تقوى.' } } })]);
    expect(matchesTerms(eventSearchText(events[0]!), searchTerms('بغداد'))).toBe(true);
    expect(matchesTerms(eventSearchText(events[0]!), searchTerms('ابو تقوي'))).toBe(true);
    expect(matchesTerms(eventSearchText(events[0]!), searchTerms('baghdad strike'))).toBe(true);
  });
});
