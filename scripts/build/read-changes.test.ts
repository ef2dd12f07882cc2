import { describe, expect, it } from 'vitest';
import { readEdition } from './read-changes.ts';

describe('readEdition', () => {
  it('reads revision, publisher and the usable changes, in order', () => {
    const edition = readEdition({
      revision: '2024-03-01',
      publisher: ' Example Desk ',
      changes: [
        { date: '2024-03-01', events: ['a', 'b'], summary: ' Quote corrected. ' },
        { date: '2024-02-01', summary: 'First edition.' },
      ],
    });
    expect(edition).toEqual({
      revision: '2024-03-01',
      publisher: 'Example Desk',
      changes: [
        { date: '2024-03-01', events: ['a', 'b'], summary: 'Quote corrected.' },
        { date: '2024-02-01', events: [], summary: 'First edition.' },
      ],
    });
  });

  it('leaves out malformed entries and keeps the rest', () => {
    const good = { date: '2024-01-02', summary: 'Kept.' };
    const edition = readEdition({
      changes: [
        null,
        'a string',
        [],
        { date: '2024-02-30', summary: 'No such day.' },
        { date: '2024-02', summary: 'Not a day.' },
        { date: '2024-02-01T10:00Z', summary: 'A time.' },
        { date: 20240201, summary: 'A number.' },
        { date: '2024-02-01' },
        { date: '2024-02-01', summary: '   ' },
        { date: '2024-02-01', summary: 'Bad ids.', events: [1] },
        { date: '2024-02-01', summary: 'Bad ids.', events: 'a' },
        good,
      ],
    });
    expect(edition.changes).toEqual([{ ...good, events: [] }]);
  });

  it('has no changes, revision or publisher where the dataset gives none (or gives them wrongly)', () => {
    expect(readEdition({})).toEqual({ changes: [] });
    expect(readEdition({ changes: {}, revision: [], publisher: 7 })).toEqual({ changes: [] });
    expect(readEdition(null)).toEqual({ changes: [] });
  });

  it('takes a numeric revision and a publisher written as { name }', () => {
    expect(readEdition({ revision: 4, publisher: { name: 'Desk' } })).toEqual({ revision: '4', publisher: 'Desk', changes: [] });
  });
});
