import { afterEach, describe, expect, it } from 'vitest';
import { ar } from '../i18n/messages-ar.ts';
import { en } from '../i18n/messages-en.ts';
import { setActiveCatalogue } from '../i18n/translate.ts';
import { DEFAULT_VIEW, type ViewState } from '../view-store/view-state.ts';
import { screenShareLinks, shareLinks } from './share-links.ts';

const ORIGIN = 'https://example.org';
const EVENT = 'us-strike-baghdad-abu-taqwa';
const VIEW: ViewState = {
  ...DEFAULT_VIEW,
  window: { from: Date.UTC(2023, 11, 20), to: Date.UTC(2024, 0, 11) },
  categories: ['us-strike'],
  keyOnly: true,
};
const QUERY = 'from=2023-12-20&to=2024-01-10&cat=us-strike&key=1';
const iframeSrc = (code: string) => /<iframe src="([^"]+)"/.exec(code)?.[1]?.replaceAll('&amp;', '&');

afterEach(() => setActiveCatalogue('en', en));

describe('shareLinks', () => {
  it('keeps the open event and the whole view in the link and in the embed', () => {
    const links = shareLinks(EVENT, VIEW, 'The timeline', ORIGIN);
    expect(links.url).toBe(`${ORIGIN}/events/${EVENT}?${QUERY}`);
    expect(iframeSrc(links.embedCode)).toBe(`${ORIGIN}/embed/events/${EVENT}?${QUERY}`);
    expect(links.embedCode).toContain('title="The timeline – timeline"');
  });

  it('gives the whole timeline when no event is open', () => {
    const links = shareLinks(undefined, VIEW, 'The timeline', ORIGIN);
    expect(links.url).toBe(`${ORIGIN}/?${QUERY}`);
    expect(iframeSrc(links.embedCode)).toBe(`${ORIGIN}/embed?${QUERY}`);
  });

  it('names the frame in the page\'s language (an Arabic page gives an Arabic title)', () => {
    setActiveCatalogue('ar', ar);
    const links = shareLinks(EVENT, { ...VIEW, lang: 'ar' }, 'غارة بطائرة مسيّرة في بغداد', ORIGIN);
    expect(links.embedCode).toContain('title="غارة بطائرة مسيّرة في بغداد – خط زمني"');
    expect(iframeSrc(links.embedCode)).toBe(`${ORIGIN}/ar/embed/events/${EVENT}?${QUERY}`);
  });

  it('leaves the embed theme out of the page link, and keeps it in the embed', () => {
    const links = shareLinks(EVENT, { ...DEFAULT_VIEW, theme: 'dark' }, 'T', ORIGIN);
    expect(links.url).toBe(`${ORIGIN}/events/${EVENT}`);
    expect(iframeSrc(links.embedCode)).toBe(`${ORIGIN}/embed/events/${EVENT}?theme=dark`);
  });

  it('gives the Arabic pages for a view in Arabic, whose previews are Arabic', () => {
    const links = shareLinks(EVENT, { ...VIEW, lang: 'ar' }, 'الخط الزمني', ORIGIN);
    expect(links.url).toBe(`${ORIGIN}/ar/events/${EVENT}?${QUERY}`);
    expect(iframeSrc(links.embedCode)).toBe(`${ORIGIN}/ar/embed/events/${EVENT}?${QUERY}`);
    expect(shareLinks(undefined, { ...DEFAULT_VIEW, lang: 'ar' }, 'T', ORIGIN).url).toBe(`${ORIGIN}/ar/`);
  });
});

describe('screenShareLinks', () => {
  const selected = { id: EVENT, title: 'US drone strike in Baghdad' };

  it('shares the view with its open event: /events/<id> in the link and the embed', () => {
    const { view } = screenShareLinks(selected, VIEW, 'The timeline', ORIGIN);
    expect(view.url).toBe(`${ORIGIN}/events/${EVENT}?${QUERY}`);
    expect(iframeSrc(view.embedCode)).toBe(`${ORIGIN}/embed/events/${EVENT}?${QUERY}`);
    expect(view.embedCode).toContain('title="The timeline – timeline"');
  });

  it('shares the event under its own title', () => {
    const { event } = screenShareLinks(selected, VIEW, 'The timeline', ORIGIN);
    expect(event?.url).toBe(`${ORIGIN}/events/${EVENT}?${QUERY}`);
    expect(event?.embedCode).toContain('title="US drone strike in Baghdad – timeline"');
  });

  it('without an open event shares the whole timeline, and no event', () => {
    const links = screenShareLinks(undefined, VIEW, 'The timeline', ORIGIN);
    expect(links.view.url).toBe(`${ORIGIN}/?${QUERY}`);
    expect(links.event).toBeUndefined();
  });
});
