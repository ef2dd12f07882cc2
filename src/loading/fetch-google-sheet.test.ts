import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetLoadError } from '../data/fetch-text.ts';
import { enSheets } from '../i18n/messages-en-sheets.ts';
import { fetchDataset } from './fetch-dataset.ts';

// Spreadsheets over the network: a Google Sheets link is fetched as its tab's CSV, a sheet that
// is not shared gets the instructions, and an .xlsx arrives as bytes (tests never go online).

const EDIT_LINK = 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123/edit#gid=42';
const EXPORT = 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123/export?format=csv&gid=42';
const fixture = (name: string) => readFileSync(new URL(`../../e2e/fixtures/${name}`, import.meta.url));

function stubFetch(respond: () => Response | Promise<Response>) {
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => respond());
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function failure(url: string): Promise<DatasetLoadError> {
  const error: unknown = await fetchDataset(url).then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(DatasetLoadError);
  return error as DatasetLoadError;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Google Sheets links', () => {
  it('fetch the tab as CSV, without credentials, and read it', async () => {
    const fetchMock = stubFetch(() => new Response(fixture('timelinejs-sheet.csv'), { headers: { 'content-type': 'text/csv' } }));
    const { dataset, skipped } = await fetchDataset(EDIT_LINK);
    expect(fetchMock.mock.calls[0]![0]).toBe(EXPORT);
    expect(fetchMock.mock.calls[0]![1]).toMatchObject({ credentials: 'omit' });
    expect(dataset.title).toBe('Fixture TimelineJS sheet');
    expect(skipped.map((problem) => problem.row)).toEqual([6, 7, 8, 10]);
  });

  it.each([
    ['a sign-in page', () => new Response('<!doctype html><title>Sign in</title>', { headers: { 'content-type': 'text/html; charset=utf-8' } })],
    ['401', () => new Response('', { status: 401 })],
    ['403', () => new Response('', { status: 403 })],
    ['a refused redirect (no CORS header on the sign-in page)', () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('that are not shared (%s) say what to do, naming the link as given', async (_name, respond) => {
    stubFetch(respond);
    const error = await failure(EDIT_LINK);
    expect(error.message).toBe(enSheets['sheets.notShared']);
    expect(error.message).toContain('File → Share → Publish to web');
    expect(error.message).toContain('"Anyone with the link"');
    expect(error.url).toBe(EDIT_LINK);
    expect(error.permanent).toBe(true);
  });

  it('other addresses keep their own messages (an HTML page is not called an unshared sheet)', async () => {
    stubFetch(() => new Response('<!doctype html><title>Sign in</title>', { headers: { 'content-type': 'text/html' } }));
    const error = await failure('https://example.org/events.csv');
    expect(error.message).toMatch(/web page \(HTML\), not a dataset/);
  });
});

describe('.xlsx over the network', () => {
  it('is read from its bytes, whatever the content type, the sheet named by #sheet=', async () => {
    stubFetch(() => new Response(fixture('workbook.xlsx'), { headers: { 'content-type': 'application/octet-stream' } }));
    const first = await fetchDataset('https://example.org/book.xlsx');
    expect(first.dataset.title).toBe('Fixture workbook');
    const named = await fetchDataset('https://example.org/book.xlsx#sheet=TimelineJS');
    expect(named.dataset.title).toBe('Fixture TimelineJS workbook');
  });
});
