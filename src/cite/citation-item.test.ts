import { describe, expect, it } from 'vitest';
import { cslDate, datasetCitationItem, eventCitationItem } from './citation-item.ts';
import { ACCESSED, DATASET, day, EVENT, PERMALINK } from './test-citations.ts';

describe('eventCitationItem', () => {
  it('cites an event as a web page inside the dataset, at its revision, accessed on the reader’s day', () => {
    expect(eventCitationItem(EVENT, DATASET, PERMALINK, ACCESSED)).toEqual({
      id: 'us-strike-baghdad-abu-taqwa',
      'citation-key': 'us_strike_baghdad_abu_taqwa',
      type: 'webpage',
      title: 'US drone strike in Baghdad kills Nujaba leader "Abu Taqwa"',
      'container-title': 'Attacks on US forces in Iraq and Syria, Oct 2023 – Dec 2024',
      publisher: 'conflict-timeline',
      version: '2026-12-07',
      URL: PERMALINK,
      issued: { 'date-parts': [[2026, 12, 7]] },
      accessed: { 'date-parts': [[2026, 12, 12]] },
    });
  });

  it("dates the page by the event's own `updated` when it has one", () => {
    expect(eventCitationItem({ ...EVENT, updated: day('2025-03') }, DATASET, PERMALINK, ACCESSED).issued).toEqual({ 'date-parts': [[2025, 3]] });
  });

  it('leaves out what the dataset does not say', () => {
    const item = eventCitationItem(EVENT, { title: 'Bare' }, PERMALINK, ACCESSED);
    expect(Object.keys(item)).toEqual(['id', 'citation-key', 'type', 'title', 'container-title', 'URL', 'accessed']);
  });
});

describe('datasetCitationItem', () => {
  it('cites the whole timeline as a dataset', () => {
    expect(datasetCitationItem(DATASET, 'https://example.org/timeline/', ACCESSED)).toEqual({
      id: 'attacks_on_us_forces_in_iraq_and_syria_oct_2023_dec_2024',
      'citation-key': 'attacks_on_us_forces_in_iraq_and_syria_oct_2023_dec_2024',
      type: 'dataset',
      title: DATASET.title,
      publisher: 'conflict-timeline',
      version: '2026-12-07',
      URL: 'https://example.org/timeline/',
      issued: { 'date-parts': [[2026, 12, 7]] },
      accessed: { 'date-parts': [[2026, 12, 12]] },
    });
  });
});

describe('cslDate', () => {
  it('keeps the precision of the date and drops a time', () => {
    expect(cslDate(day('2024'))).toEqual({ 'date-parts': [[2024]] });
    expect(cslDate(day('2024-02-02T21:00:00-05:00'))).toEqual({ 'date-parts': [[2024, 2, 2]] });
  });
});
