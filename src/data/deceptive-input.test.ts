import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasBidiControls, jsonMayHaveBidi, stripBidiControls } from './bidi-controls.ts';
import { claimStatusMeaning, CLAIM_STATUSES, isClaimStatus } from './claim-status.ts';
import { parseDataset } from './parse-dataset.ts';
import { safeHttpUrl, userInfoHost } from './safe-url.ts';

// Issue 14 §3: links and text that cannot deceive, at the parse boundary.

const fixture = JSON.parse(readFileSync(new URL('../../e2e/fixtures/deceptive.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const source = (url: string, extra: Record<string, unknown> = {}) => ({ url, title: 'Report', publisher: 'Example News', ...extra });
const dataset = (events: unknown[], header: Record<string, unknown> = {}) => ({
  version: 1,
  title: 'Test',
  categories: [{ id: 'strike', label: 'Strikes' }],
  events,
  ...header,
});
const event = (id: string, fields: Record<string, unknown>) => ({ id, date: '2024-01-04', title: 'A title', category: 'strike', sources: [source('https://example.org/a')], ...fields });
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('links with user info', () => {
  it.each([
    ['https://user:pass@evil.example/x', 'evil.example'],
    ['https://www.foxnews.com@evil.example/', 'evil.example'],
    ['HTTPS://a%40b@evil.example/', 'evil.example'],
  ])('%s is no link target (it leads to %s)', (url, host) => {
    expect(safeHttpUrl(url)).toBeNull();
    expect(userInfoHost(url)).toBe(host);
  });

  it('leaves ordinary addresses alone (an @ in the path is no user info)', () => {
    expect(safeHttpUrl('https://example.org/@user/post')).toBe('https://example.org/@user/post');
    expect(userInfoHost('https://example.org/@user/post')).toBeUndefined();
  });

  it('leaves out such a source and keeps the event when another source remains', () => {
    const { dataset: loaded, skipped, warnings } = parseDataset(dataset([event('a', { sources: [source('https://user:pass@evil.example/x'), source('https://example.org/b')] })]));
    expect(skipped).toEqual([]);
    expect(loaded.events[0]!.sources.map((item) => item.url)).toEqual(['https://example.org/b']);
    expect(warnings).toEqual([{ index: 0, id: 'a', field: 'sources.0.url', reason: expect.stringMatching(/^source left out: .*leads to evil\.example/) }]);
  });

  it('skips the event, with the reason, when no source remains', () => {
    const { dataset: loaded, skipped, warnings } = parseDataset(dataset([event('a', { sources: [source('https://www.foxnews.com@evil.example/')] })]));
    expect(loaded.events).toEqual([]);
    expect(skipped).toEqual([{ index: 0, id: 'a', field: 'sources.0.url', reason: expect.stringMatching(/^no usable source left: .*leads to evil\.example/) }]);
    expect(warnings).toEqual([]);
  });

  it('drops only the archived copy when that address has user info', () => {
    const { dataset: loaded, warnings } = parseDataset(dataset([event('a', { sources: [source('https://example.org/a', { archived: 'https://web.archive.org@evil.example/p' })] })]));
    expect(loaded.events[0]!.sources[0]).not.toHaveProperty('archived');
    expect(warnings.map((warning) => warning.field)).toEqual(['sources.0.archived']);
  });

  it('rejects an archived copy that is not http(s), as it does a source url', () => {
    const { skipped } = parseDataset(dataset([event('a', { sources: [source('https://example.org/a', { archived: 'javascript:alert(1)' })] })]));
    expect(skipped).toMatchObject([{ field: 'sources.0.archived', reason: 'archived must start with http:// or https://' }]);
  });

  it('leaves out a licence address with user info', () => {
    const { dataset: loaded, warnings } = parseDataset(dataset([], { licenseUrl: 'https://creativecommons.org@evil.example/' }));
    expect(loaded.licenseUrl).toBeUndefined();
    expect(warnings.map((warning) => warning.field)).toEqual(['licenseUrl']);
  });
});

describe('bidi control characters', () => {
  it('are all found and removed, and named', () => {
    const all = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C';
    expect(hasBidiControls(`a${all}b`)).toBe(true);
    expect(stripBidiControls(`a${all}b`)).toEqual({ text: 'ab', removed: ['U+202A', 'U+202B', 'U+202C', 'U+202D', 'U+202E', 'U+2066', 'U+2067', 'U+2068', 'U+2069', 'U+200E', 'U+200F', 'U+061C'] });
    // Arabic and Hebrew letters, and the zero-width joiner, are text, not controls.
    expect(hasBidiControls('بغداد ‍ שלום')).toBe(false);
  });

  it('are found in JSON text raw or escaped, so the per-string test is skipped only when none can be there', () => {
    expect(jsonMayHaveBidi('{"title":"plain, and بغداد"}')).toBe(false);
    expect(jsonMayHaveBidi('{"title":"a\u202Eb"}')).toBe(true);
    expect(jsonMayHaveBidi(String.raw`{"title":"a\u202eb"}`)).toBe(true);
    expect(jsonMayHaveBidi(String.raw`{"title":"a\u061Cb"}`)).toBe(true);
    expect(jsonMayHaveBidi(String.raw`{"title":"a\u0041b"}`)).toBe(false);
  });

  it('are removed from every text of the hostile fixture, each removal reported by record and field', () => {
    const { dataset: loaded, warnings } = parseDataset(fixture);
    expect(JSON.stringify(loaded)).not.toMatch(BIDI);
    const rtl = loaded.events.find((item) => item.id === 'rtl-title')!;
    expect(rtl.title).toBe('Strike on gnp.exe report');
    expect(rtl.summary).toBe('Isolates here and marks  gone.');
    expect(rtl.actors).toEqual(['Actor embedded']);
    expect(warnings.filter((warning) => warning.id === 'rtl-title').map((warning) => [warning.index, warning.field, warning.reason.split(':')[0]])).toEqual([
      [3, 'title', 'removed 1 Unicode bidi control character (U+202E)'],
      [3, 'summary', 'removed 5 Unicode bidi control characters (U+2066, U+2069, U+200F, U+200E, U+061C)'],
      [3, 'actors.0', 'removed 2 Unicode bidi control characters (U+202B, U+202C)'],
    ]);
  });

  it('are removed from the dataset’s own fields, categories, places, sources, series and changes', () => {
    const rlo = '\u202E';
    const { dataset: loaded, warnings } = parseDataset(
      dataset(
        [event('a', { place: { name: `Bagh${rlo}dad`, country: `Ir${rlo}aq` }, casualties: { note: `n${rlo}` }, tags: [`t${rlo}`], label: `l${rlo}`, sources: [source('https://example.org/a', { title: `T${rlo}`, publisher: `P${rlo}` })] })],
        {
          title: `T${rlo}`,
          publisher: `P${rlo}`,
          revision: `r${rlo}`,
          license: `L${rlo}`,
          categories: [{ id: 'strike', label: `S${rlo}`, description: `D${rlo}` }],
          series: [{ id: 's', label: `S${rlo}`, note: `N${rlo}`, points: [{ date: '2024-01-01', value: 1, note: `p${rlo}` }] }],
          changes: [{ date: '2024-01-05', events: ['a'], summary: `C${rlo}` }],
        },
      ),
    );
    expect(JSON.stringify(loaded)).not.toMatch(BIDI);
    expect(warnings.map((warning) => warning.field).sort()).toEqual(
      [
        'title', 'publisher', 'revision', 'license', 'categories.0.label', 'categories.0.description', 'series.0.label', 'series.0.note', 'series.0.points.0.note',
        'changes.0.summary', 'place.name', 'place.country', 'casualties.note', 'tags.0', 'label', 'sources.0.title', 'sources.0.publisher',
      ].sort(),
    );
  });

  it('skip a record whose title is nothing but controls', () => {
    const { skipped } = parseDataset(dataset([event('a', { title: '\u202E\u202C' })]));
    expect(skipped).toMatchObject([{ id: 'a', field: 'title' }]);
  });
});

describe('claim status', () => {
  it('has a label and a one-sentence definition for each of the four statuses', () => {
    expect(CLAIM_STATUSES).toEqual(['confirmed', 'reported', 'claimed', 'disputed']);
    for (const status of CLAIM_STATUSES) {
      expect(isClaimStatus(status)).toBe(true);
      expect(claimStatusMeaning(status).definition).toMatch(/^[A-Z][^.]*\.$/);
    }
    expect(isClaimStatus('Confirmed')).toBe(false);
  });

  it('is read, and a status outside the four skips the record with the allowed values', () => {
    const { dataset: loaded, skipped } = parseDataset(dataset([event('a', { status: 'claimed', updated: '2026-12-07' }), event('b', { status: 'rumoured' })]));
    expect(loaded.events.map((item) => [item.status, item.updated?.text])).toEqual([['claimed', '2026-12-07']]);
    expect(skipped).toMatchObject([{ id: 'b', field: 'status', reason: 'status must be confirmed, reported, claimed or disputed' }]);
  });
});

describe('changes', () => {
  it('are kept newest first, with warnings for order, unknown ids and a bad entry', () => {
    const { dataset: loaded, warnings } = parseDataset(
      dataset([event('a', {})], {
        changes: [
          { date: '2024-01-05', events: ['a'], summary: 'Older' },
          { date: '2024-02-01', events: ['a', 'gone'], summary: 'Newer' },
          { date: '2024-02-30', summary: 'No such day' },
          { summary: 'No date' },
        ],
      }),
    );
    expect(loaded.changes.map((change) => change.summary)).toEqual(['Newer', 'Older']);
    expect(warnings.map((warning) => `${warning.field}: ${warning.reason}`)).toEqual([
      'changes.1.events.1: no event with the id "gone" loaded',
      'changes.1.date: changes are not newest first: 2024-02-01 comes after 2024-01-05 (shown newest first)',
      'changes.2.date: change left out: "2024-02-30" is not a calendar date (that month has 29 days)',
      'changes.3.date: change left out: date is missing',
    ]);
  });
});
