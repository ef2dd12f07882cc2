import { describe, expect, it } from 'vitest';
import { datasetCitationItem, eventCitationItem } from './citation-item.ts';
import { formatCitations } from './format-citations.ts';
import { ACCESSED, DATASET, EVENT, PERMALINK } from './test-citations.ts';

describe('formatCitations', () => {
  const event = formatCitations(eventCitationItem(EVENT, DATASET, PERMALINK, ACCESSED));

  it('writes an event in APA, Chicago and MLA with its permalink, the dataset, revision, publisher and access date', () => {
    expect(event.apa).toBe(
      'US drone strike in Baghdad kills Nujaba leader “Abu Taqwa.” (2026, December 7). Attacks on US forces in Iraq and Syria, Oct 2023 – Dec 2024 (Revision 2026-12-07). conflict-timeline. Retrieved December 12, 2026, from https://example.org/timeline/events/us-strike-baghdad-abu-taqwa/',
    );
    expect(event.chicago).toBe(
      '“US drone strike in Baghdad kills Nujaba leader ‘Abu Taqwa.’” Attacks on US forces in Iraq and Syria, Oct 2023 – Dec 2024. Revision 2026-12-07. conflict-timeline. Last modified December 7, 2026. Accessed December 12, 2026. https://example.org/timeline/events/us-strike-baghdad-abu-taqwa/.',
    );
    expect(event.mla).toBe(
      '“US drone strike in Baghdad kills Nujaba leader ‘Abu Taqwa.’” Attacks on US forces in Iraq and Syria, Oct 2023 – Dec 2024, revision 2026-12-07, conflict-timeline, 7 Dec. 2026, https://example.org/timeline/events/us-strike-baghdad-abu-taqwa/. Accessed 12 Dec. 2026.',
    );
  });

  it('writes a BibTeX entry with the key, escaping, revision and access date', () => {
    expect(event.bibtex).toBe(
      [
        '@online{us_strike_baghdad_abu_taqwa,',
        '\tnote = {[Online; accessed 2026-12-12]},',
        '\turldate = {2026-12-12},',
        '\tbooktitle = {Attacks on {US} forces in {Iraq} and {Syria}, {Oct} 2023 -- {Dec} 2024},',
        '\tdate = {2026-12-07},',
        '\torganization = {conflict-timeline},',
        '\ttitle = {US drone strike in {Baghdad} kills {Nujaba} leader "{Abu} {Taqwa}"},',
        '\turl = {https://example.org/timeline/events/us-strike-baghdad-abu-taqwa/},',
        '\tversion = {2026-12-07},',
        '}',
      ].join('\n'),
    );
  });

  it('gives the CSL-JSON item itself, as a list a reference manager imports', () => {
    expect(JSON.parse(event.cslJson)).toEqual([eventCitationItem(EVENT, DATASET, PERMALINK, ACCESSED)]);
  });

  it('writes the whole timeline as a data set', () => {
    const whole = formatCitations(datasetCitationItem(DATASET, 'https://example.org/timeline/', ACCESSED));
    expect(whole.apa).toBe(
      'Attacks on US forces in Iraq and Syria, Oct 2023 – Dec 2024 (Revision 2026-12-07) [Data set]. (2026, December 7). conflict-timeline. Retrieved December 12, 2026, from https://example.org/timeline/',
    );
    expect(whole.mla).toBe(
      'Attacks on US forces in Iraq and Syria, Oct 2023 – Dec 2024. Revision 2026-12-07, conflict-timeline, 7 Dec. 2026, https://example.org/timeline/. Accessed 12 Dec. 2026.',
    );
    expect(whole.bibtex).toMatch(/^@dataset\{attacks_on_us_forces_in_iraq_and_syria_oct_2023_dec_2024,\n/);
  });

  it('writes plain text: CSL reads <b> and <i> in a title as its own rich-text markup and the text output leaves it out', () => {
    const marked = formatCitations(eventCitationItem({ id: 'x', title: '<b>bold</b> & co' }, { title: 'T' }, PERMALINK, ACCESSED));
    expect(marked.apa).toBe(`bold & co. (n.d.). T. Retrieved December 12, 2026, from ${PERMALINK}`);
  });
});
