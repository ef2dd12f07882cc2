import { describe, expect, it } from 'vitest';
import { eventIdInPath, pageModeOf, parseViewAddress, viewPath } from './view-path.ts';
import { DEFAULT_VIEW, type ViewState } from './view-state.ts';

const WINDOW = { from: Date.UTC(2023, 9, 7), to: Date.UTC(2024, 0, 1) };

describe('viewPath', () => {
  it('is "/" for the default view on the page', () => {
    expect(viewPath('page', undefined, DEFAULT_VIEW)).toBe('/');
  });

  it('is "/embed" for the default view in an embed', () => {
    expect(viewPath('embed', undefined, DEFAULT_VIEW)).toBe('/embed');
  });

  it('puts a selected event in the path', () => {
    expect(viewPath('page', 'red-sea-strike', DEFAULT_VIEW)).toBe('/events/red-sea-strike');
    expect(viewPath('embed', 'red-sea-strike', DEFAULT_VIEW)).toBe('/embed/events/red-sea-strike');
  });

  it('URI-encodes the event id', () => {
    expect(viewPath('page', 'a b/c?d#e&f', DEFAULT_VIEW)).toBe('/events/a%20b%2Fc%3Fd%23e%26f');
    expect(viewPath('embed', 'ä', DEFAULT_VIEW)).toBe('/embed/events/%C3%A4');
  });

  it('treats an empty event id as no selection', () => {
    expect(viewPath('page', '', DEFAULT_VIEW)).toBe('/');
  });

  it('appends the canonical query: the window as dates, the end day included', () => {
    const view: ViewState = { ...DEFAULT_VIEW, window: WINDOW };
    expect(viewPath('page', undefined, view)).toBe('/?from=2023-10-07&to=2023-12-31');
    expect(viewPath('embed', 'x', view)).toBe('/embed/events/x?from=2023-10-07&to=2023-12-31');
  });

  it('writes the window in UTC wall-clock time, whatever the local zone', () => {
    const view: ViewState = { ...DEFAULT_VIEW, window: { from: Date.UTC(2024, 0, 20, 18, 30), to: Date.UTC(2024, 0, 21, 6, 5) } };
    expect(viewPath('page', undefined, view)).toBe('/?from=2024-01-20T18%3A30&to=2024-01-21T06%3A05');
  });

  it('writes every setting in a fixed order and leaves defaults out', () => {
    const view: ViewState = {
      theme: 'dark',
      dataUrl: 'https://data.example.org/events.json',
      query: 'red sea',
      keyOnly: true,
      countries: ['Yemen'],
      actors: ['United States', 'Houthis'],
      categories: ['us-strike', 'attack'],
      window: WINDOW,
    };
    expect(viewPath('page', 'e1', view)).toBe(
      '/events/e1?from=2023-10-07&to=2023-12-31&cat=us-strike%2Cattack&actor=United+States%2CHouthis' +
        '&country=Yemen&key=1&q=red+sea&data=https%3A%2F%2Fdata.example.org%2Fevents.json&theme=dark',
    );
  });

  it('omits defaults: auto theme, empty query, missing and empty lists', () => {
    const view: ViewState = { ...DEFAULT_VIEW, theme: 'auto', query: '', actors: [], countries: [] };
    expect(viewPath('page', undefined, view)).toBe('/');
    expect(viewPath('page', undefined, { ...DEFAULT_VIEW, theme: 'light' })).toBe('/?theme=light');
  });

  it('keeps an empty category selection (show none), which differs from all', () => {
    expect(viewPath('page', undefined, { ...DEFAULT_VIEW, categories: [] })).toBe('/?cat=');
  });
});

describe('eventIdInPath', () => {
  it('reads back the event id viewPath wrote, on the page and in an embed', () => {
    for (const mode of ['page', 'embed'] as const) {
      for (const id of ['red-sea-strike', 'a b/c?d#e&f', 'ä']) {
        const path = viewPath(mode, id, DEFAULT_VIEW);
        expect(eventIdInPath(path)).toBe(id);
      }
    }
  });

  it('is undefined without a selected event', () => {
    expect(eventIdInPath('/')).toBeUndefined();
    expect(eventIdInPath('/embed')).toBeUndefined();
    expect(eventIdInPath('/events/')).toBeUndefined();
    expect(eventIdInPath('/elsewhere/events/x')).toBeUndefined();
    expect(eventIdInPath('/events/x/more')).toBeUndefined();
  });

  it('allows the trailing slash of a static event page', () => {
    expect(eventIdInPath('/events/x/')).toBe('x');
  });

  it('reads paths under a base path, and only those', () => {
    expect(eventIdInPath('/timeline/events/x', '/timeline/')).toBe('x');
    expect(eventIdInPath('/timeline/embed/events/x', '/timeline')).toBe('x');
    expect(eventIdInPath('/events/x', '/timeline/')).toBeUndefined();
  });

  it('keeps a badly encoded id as written', () => {
    expect(eventIdInPath('/events/%E0%A4%A')).toBe('%E0%A4%A');
  });
});

describe('pageModeOf', () => {
  it('tells the embed forms from the page', () => {
    expect(pageModeOf('/embed')).toBe('embed');
    expect(pageModeOf('/embed/events/x')).toBe('embed');
    expect(pageModeOf('/')).toBe('page');
    expect(pageModeOf('/events/embed')).toBe('page');
    expect(pageModeOf('/embedded')).toBe('page');
  });
});

describe('the language in the path', () => {
  const arabic: ViewState = { ...DEFAULT_VIEW, lang: 'ar' };

  it('puts Arabic under /ar, before the embed and the event, and leaves lang out of the query', () => {
    expect(viewPath('page', undefined, arabic)).toBe('/ar/');
    expect(viewPath('page', 'x', arabic)).toBe('/ar/events/x');
    expect(viewPath('embed', undefined, arabic)).toBe('/ar/embed');
    expect(viewPath('embed', 'x', { ...arabic, keyOnly: true })).toBe('/ar/embed/events/x?key=1');
  });

  it('keeps an explicit English in the query, and no choice out of both', () => {
    expect(viewPath('page', 'x', { ...DEFAULT_VIEW, lang: 'en' })).toBe('/events/x?lang=en');
    expect(viewPath('page', 'x', DEFAULT_VIEW)).toBe('/events/x');
  });

  it('reads back what viewPath wrote: mode, event and language', () => {
    for (const mode of ['page', 'embed'] as const) {
      for (const id of [undefined, 'red-sea-strike', 'a b/c?d#e&f']) {
        for (const lang of [undefined, 'en', 'ar'] as const) {
          const [pathname, search = ''] = viewPath(mode, id, { ...DEFAULT_VIEW, lang }).split('?');
          const parsed = parseViewAddress(pathname!, search);
          expect(parsed).toMatchObject({ mode, selectedId: id, problems: [] });
          expect(parsed.view.lang).toBe(lang);
        }
      }
    }
  });

  it('reads the prerendered Arabic pages, with their trailing slash, and under a base path', () => {
    expect(parseViewAddress('/ar/events/x/', '')).toMatchObject({ mode: 'page', selectedId: 'x', view: { lang: 'ar' } });
    expect(parseViewAddress('/ar', '').view.lang).toBe('ar');
    expect(eventIdInPath('/timeline/ar/embed/events/x/', '/timeline/')).toBe('x');
    expect(pageModeOf('/ar/embed/')).toBe('embed');
  });

  it('still reads ?lang=ar, and lets the path win over the query', () => {
    expect(parseViewAddress('/events/x', '?lang=ar').view.lang).toBe('ar');
    expect(parseViewAddress('/ar/events/x', '?lang=en').view.lang).toBe('ar');
  });

  it('is no language for paths that only begin like one', () => {
    expect(parseViewAddress('/arabic/events/x', '')).toMatchObject({ selectedId: undefined, view: { lang: undefined } });
    expect(eventIdInPath('/events/ar')).toBe('ar');
    expect(pageModeOf('/ar/embedded')).toBe('page');
    expect(eventIdInPath('/ar/ar/events/x')).toBeUndefined();
  });
});
