import { t } from '../i18n/translate.ts';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  MAX_WINDOW_MS,
  parseViewSearch,
  searchString,
  serializeViewSearch,
  type ViewState,
} from './view-state.ts';

const parse = (query: string) => parseViewSearch(new URLSearchParams(query));
const roundTrip = (view: ViewState) => parseViewSearch(serializeViewSearch(view));

describe('parseViewSearch / serializeViewSearch round trip', () => {
  const views: Array<[string, ViewState]> = [
    ['the default view', DEFAULT_VIEW],
    ['a date window', { ...DEFAULT_VIEW, window: { from: Date.UTC(2023, 9, 7), to: Date.UTC(2024, 0, 1) } }],
    [
      'a date-time window',
      { ...DEFAULT_VIEW, window: { from: Date.UTC(2024, 0, 20, 18, 30), to: Date.UTC(2024, 0, 21, 6, 5) } },
    ],
    [
      'a window from a time to midnight',
      { ...DEFAULT_VIEW, window: { from: Date.UTC(2024, 0, 20, 12, 0), to: Date.UTC(2024, 0, 22) } },
    ],
    [
      'a window across the New York DST change',
      { ...DEFAULT_VIEW, window: { from: Date.UTC(2024, 2, 10, 1, 0), to: Date.UTC(2024, 2, 10, 4, 0) } },
    ],
    [
      'everything set',
      {
        window: { from: Date.UTC(1990, 0, 1), to: Date.UTC(2025, 5, 30) },
        categories: ['us-strike', 'attack'],
        actors: ['United States', 'Houthis (Ansar Allah)', 'Protesters (Iraq), students'],
        countries: ['Yemen', 'Côte d’Ivoire'],
        keyOnly: true,
        query: 'red sea & "shipping" ?=#',
        dataUrl: 'https://data.example.org/events.json?v=2&x=a,b',
        theme: 'dark',
        lang: 'ar',
      },
    ],
    ['a relative dataset and the light theme', { ...DEFAULT_VIEW, dataUrl: '/data/other.json', theme: 'light' }],
    ['key events only', { ...DEFAULT_VIEW, keyOnly: true }],
  ];

  it.each(views)('round-trips %s', (_name, view) => {
    const { view: parsed, problems } = roundTrip(view);
    expect(problems).toEqual([]);
    expect(parsed).toEqual(view);
  });

  it('round-trips through the string form too', () => {
    const view = views[5]![1];
    const text = searchString(view);
    expect(text.startsWith('?')).toBe(true);
    expect(parseViewSearch(new URLSearchParams(text)).view).toEqual(view);
  });

  it('round-trips an empty category list (show none) distinctly from no list (show all)', () => {
    const none: ViewState = { ...DEFAULT_VIEW, categories: [] };
    expect(roundTrip(none).view.categories).toEqual([]);
    expect(roundTrip(DEFAULT_VIEW).view.categories).toBeUndefined();
  });
});

describe('serializeViewSearch', () => {
  it('writes nothing for the default view', () => {
    expect(serializeViewSearch(DEFAULT_VIEW).toString()).toBe('');
    expect(searchString(DEFAULT_VIEW)).toBe('');
  });

  it('leaves out defaults and empty lists', () => {
    const text = serializeViewSearch({ ...DEFAULT_VIEW, actors: [], countries: [], keyOnly: false, query: '', theme: 'auto' }).toString();
    expect(text).toBe('');
  });

  it('writes a fixed order, with date-only bounds when they fall on midnight', () => {
    const view: ViewState = {
      theme: 'dark',
      query: 'port',
      keyOnly: true,
      categories: ['attack'],
      window: { from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 1, 1) },
    };
    expect(searchString(view)).toBe('?from=2024-01-01&to=2024-01-31&cat=attack&key=1&q=port&theme=dark');
  });

  it('writes bounds with a time to the minute, without a zone', () => {
    const view: ViewState = { ...DEFAULT_VIEW, window: { from: Date.UTC(2024, 0, 20, 18, 30), to: Date.UTC(2024, 0, 20, 21, 0) } };
    const search = serializeViewSearch(view);
    expect(search.get('from')).toBe('2024-01-20T18:30');
    expect(search.get('to')).toBe('2024-01-20T21:00');
  });
});

describe('parseViewSearch: reading links', () => {
  it('reads an empty query as the default view', () => {
    expect(parse('')).toEqual({ view: { ...DEFAULT_VIEW }, problems: [] });
  });

  it('includes the whole day named by a date-only "to"', () => {
    const { view, problems } = parse('from=2024-01-04&to=2024-01-31');
    expect(problems).toEqual([]);
    expect(view.window).toEqual({ from: Date.UTC(2024, 0, 4), to: Date.UTC(2024, 1, 1) });
  });

  it('allows a one-day window', () => {
    expect(parse('from=2024-01-04&to=2024-01-04').view.window).toEqual({
      from: Date.UTC(2024, 0, 4),
      to: Date.UTC(2024, 0, 5),
    });
  });

  it('reads times as wall-clock values and ignores a written zone', () => {
    const expected = { from: Date.UTC(2024, 0, 20, 18, 30), to: Date.UTC(2024, 0, 20, 21, 0) };
    expect(parse('from=2024-01-20T18:30&to=2024-01-20T21:00').view.window).toEqual(expected);
    expect(parse('from=2024-01-20T18:30%2B03:00&to=2024-01-20T21:00Z').view.window).toEqual(expected);
    expect(parse('from=2024-01-20T18:30:45.123Z&to=2024-01-20T21:00:00-05:00').view.window).toEqual(expected);
  });

  it('reads lists, trimming, de-duplicating and dropping empty items', () => {
    const { view, problems } = parse('cat=attack,%20us-strike,,attack&actor=US,Iran&country=Yemen');
    expect(problems).toEqual([]);
    expect(view.categories).toEqual(['attack', 'us-strike']);
    expect(view.actors).toEqual(['US', 'Iran']);
    expect(view.countries).toEqual(['Yemen']);
  });

  it('reads claim statuses as cat is read: a list, "status=" for none, unknown ones named', () => {
    expect(parse('status=claimed,disputed').view.statuses).toEqual(['claimed', 'disputed']);
    expect(parse('status=').view.statuses).toEqual([]);
    expect(parse('').view.statuses).toBeUndefined();
    const { view, problems } = parse('status=claimed,rumoured');
    expect(view.statuses).toEqual(['claimed']);
    expect(problems.map((key) => t(key))).toEqual(['Ignored invalid statuses in the link.']);
    expect(searchString({ ...view, statuses: ['reported', 'claimed'] })).toBe('?status=reported%2Cclaimed');
    expect(searchString({ ...view, statuses: [] })).toBe('?status=');
  });

  it('keeps valid category ids next to invalid ones, and says so', () => {
    const { view, problems } = parse('cat=attack,Bad_Id');
    expect(view.categories).toEqual(['attack']);
    expect(problems.map((key) => t(key))).toEqual(['Ignored invalid categories in the link.']);
  });

  it('reads the search text and the theme', () => {
    const { view } = parse('q=red%20sea&theme=light');
    expect(view.query).toBe('red sea');
    expect(view.theme).toBe('light');
  });

  it('reads key=1 as key events only, and key=0 or no key as all events', () => {
    expect(parse('key=1')).toEqual({ view: { ...DEFAULT_VIEW, keyOnly: true }, problems: [] });
    expect(parse('key=0')).toEqual({ view: { ...DEFAULT_VIEW, keyOnly: false }, problems: [] });
    expect(parse('').view.keyOnly).toBe(false);
  });

  it('accepts relative and http(s) dataset addresses', () => {
    expect(parse('data=%2Fdata%2Fother.json').view.dataUrl).toBe('/data/other.json');
    expect(parse('data=other.json').view.dataUrl).toBe('other.json');
    expect(parse('data=https%3A%2F%2Fexample.org%2Fe.json').view.dataUrl).toBe('https://example.org/e.json');
  });
});

describe('parseViewSearch: invalid values are dropped and named', () => {
  function dropped(query: string) {
    const result = parse(query);
    expect(result.problems.length).toBeGreaterThan(0);
    return result;
  }

  it.each([
    'from=abc&to=2024-01-01',
    'from=2024-01-01&to=abc',
    'from=2024-01-01',
    'to=2024-01-01',
    'from=&to=',
    'from=2024-02-30&to=2024-03-01',
    'from=2024-13-01&to=2024-12-01',
    'from=2024-01-01T25:00&to=2024-01-02',
    'from=99999-01-01&to=99999-12-31',
    'from=2024-1-1&to=2024-2-1',
    'from=1704326400000&to=1706745600000',
    'from=2024-01-04<script>&to=2024-01-05',
  ])('drops the window in %s', (query) => {
    const { view, problems } = dropped(query);
    expect(view.window).toBeUndefined();
    expect(problems.map((key) => t(key))).toEqual(['Ignored the time window in the link: "from" and "to" must both be dates like 2024-01-04.']);
  });

  it.each([
    ['"to" before "from"', 'from=2024-02-01&to=2024-01-01'],
    ['"to" less than an hour after "from"', 'from=2024-01-01T10:00&to=2024-01-01T10:30'],
    ['an empty window', 'from=2024-01-01T10:00&to=2024-01-01T10:00'],
    ['a 500-year window', 'from=1500-01-01&to=2000-01-01'],
    ['a window just over the maximum', 'from=1800-01-01&to=2000-12-31'],
  ])('drops %s', (_name, query) => {
    const { view, problems } = dropped(query);
    expect(view.window).toBeUndefined();
    expect(problems.map((key) => t(key))).toEqual(['Ignored the time window in the link: "to" must come after "from", within a sensible range.']);
  });

  it('accepts a window just under the maximum', () => {
    const { view, problems } = parse('from=1825-01-01&to=2024-12-31');
    expect(problems).toEqual([]);
    expect(view.window!.to - view.window!.from).toBeLessThanOrEqual(MAX_WINDOW_MS);
  });

  it.each(['<script>alert(1)</script>', '%3Cscript%3E', 'Attack', 'a b', '../x', 'a--b'])(
    'drops the category %j',
    (cat) => {
      const { view, problems } = dropped(`cat=${encodeURIComponent(cat)}`);
      expect(view.categories).toBeUndefined();
      expect(problems.map((key) => t(key))).toEqual(['Ignored invalid categories in the link.']);
    },
  );

  it('drops over-long actor names and caps list length', () => {
    const { view, problems } = dropped(`actor=${'x'.repeat(121)},ok`);
    expect(view.actors).toEqual(['ok']);
    expect(problems.map((key) => t(key))).toEqual(['Ignored invalid actors in the link.']);
    const many = Array.from({ length: 60 }, (_, i) => `c${i}`).join(',');
    const capped = parse(`cat=${many}`);
    expect(capped.view.categories).toHaveLength(50);
    expect(capped.problems.map((key) => t(key))).toEqual(['Ignored invalid categories in the link.']);
  });

  it('shortens a long search text', () => {
    const { view, problems } = dropped(`q=${'a'.repeat(300)}`);
    expect(view.query).toHaveLength(200);
    expect(problems.map((key) => t(key))).toEqual(['Shortened the search text in the link.']);
  });

  it.each(['blue', 'DARK', '', 'light '])('drops theme=%j', (theme) => {
    const { view, problems } = dropped(`theme=${encodeURIComponent(theme)}`);
    expect(view.theme).toBe('auto');
    expect(problems.map((key) => t(key))).toEqual(['Ignored the theme in the link: use light, dark or auto.']);
  });

  it('reads lang=ar and lang=en, and keeps it when written', () => {
    expect(parse('lang=ar').view.lang).toBe('ar');
    expect(searchString({ ...DEFAULT_VIEW, lang: 'en' })).toBe('?lang=en');
  });

  it.each(['fr', 'AR', '', 'ar-IQ'])('drops lang=%j', (lang) => {
    const { view, problems } = dropped(`lang=${encodeURIComponent(lang)}`);
    expect(view.lang).toBeUndefined();
    expect(problems.map((key) => t(key))).toEqual(['Ignored the language in the link: use lang=en or lang=ar.']);
  });

  it.each(['true', 'yes', '2', '', ' 1', '1,1', '<b>1</b>'])('drops key=%j', (key) => {
    const { view, problems } = dropped(`key=${encodeURIComponent(key)}`);
    expect(view.keyOnly).toBe(false);
    expect(problems.map((key) => t(key))).toEqual(['Ignored the key-events filter in the link: use key=1 (key events only) or key=0.']);
  });

  it('reads the first of repeated keys, as for every other part', () => {
    expect(parse('key=1&key=0').view.keyOnly).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:application/json,{}',
    'file:///etc/passwd',
    '',
    `https://example.org/${'a'.repeat(2000)}`,
  ])('drops data=%j', (data) => {
    const { view, problems } = dropped(`data=${encodeURIComponent(data)}`);
    expect(view.dataUrl).toBeUndefined();
    expect(problems.map((key) => t(key))).toEqual(['Ignored the dataset address in the link: it must be an http(s) or relative URL.']);
  });

  it('keeps the valid parts of a link when other parts are invalid', () => {
    const { view, problems } = parse('from=abc&to=2024-01-01&cat=attack&key=on&theme=blue&q=port&data=javascript:alert(1)');
    expect(view).toEqual({ ...DEFAULT_VIEW, categories: ['attack'], query: 'port' });
    expect(problems).toHaveLength(4);
  });

  it('never throws on garbage', () => {
    for (const query of ['%', 'from=%E0%A4%A&to=%', '&&&==', 'cat=,,,', 'from=0000-00-00&to=0000-00-00']) {
      expect(() => parse(query)).not.toThrow();
    }
  });
});
