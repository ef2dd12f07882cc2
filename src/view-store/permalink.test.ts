import { describe, expect, it } from 'vitest';
import { appUrl, changesPagePath, datasetPermalink, eventPagePath, eventPermalink, timelinePagePath } from './permalink.ts';

const ORIGIN = 'https://example.org';

describe('permalinks', () => {
  it('makes an in-app path absolute', () => {
    expect(appUrl('/events/x?key=1', ORIGIN)).toBe(`${ORIGIN}/events/x?key=1`);
  });

  it("gives an event's page in its prerendered form, keeping only the dataset's address", () => {
    expect(eventPermalink('us-strike-baghdad-abu-taqwa', undefined, ORIGIN)).toBe(`${ORIGIN}/events/us-strike-baghdad-abu-taqwa/`);
    expect(eventPermalink('a b', 'https://data.example/x.json', ORIGIN)).toBe(
      `${ORIGIN}/events/a%20b/?data=https%3A%2F%2Fdata.example%2Fx.json`,
    );
    expect(eventPagePath('x', '/fixtures/f.json')).toBe('/events/x/?data=%2Ffixtures%2Ff.json');
  });

  it('gives the whole timeline and the corrections page, at an entry when asked', () => {
    expect(datasetPermalink(undefined, ORIGIN)).toBe(`${ORIGIN}/`);
    expect(changesPagePath()).toBe('/changes/');
    expect(changesPagePath('/f.json', 'change-2024-03-01-1')).toBe('/changes/?data=%2Ff.json#change-2024-03-01-1');
  });

  it('gives the Arabic pages under /ar, so a reader stays in Arabic and a citation names the page read', () => {
    expect(eventPermalink('x', undefined, ORIGIN, 'ar')).toBe(`${ORIGIN}/ar/events/x/`);
    expect(datasetPermalink('/f.json', ORIGIN, 'ar')).toBe(`${ORIGIN}/ar/?data=%2Ff.json`);
    expect(changesPagePath(undefined, 'change-1', 'ar')).toBe('/ar/changes/#change-1');
    expect(timelinePagePath(undefined, 'ar')).toBe('/ar/');
    expect(eventPagePath('x', undefined, 'en')).toBe('/events/x/');
  });
});
