import { describe, expect, it } from 'vitest';
import { googleSheetsCsvUrl } from './google-sheets-url.ts';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCd';
const PUB = '2PACX-1vTAbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const SHEETS = 'https://docs.google.com/spreadsheets';

describe('googleSheetsCsvUrl', () => {
  it.each([
    ['an edit link with the tab in the fragment', `${SHEETS}/d/${ID}/edit#gid=123`, `${SHEETS}/d/${ID}/export?format=csv&gid=123`],
    ['an edit link with the tab in the query', `${SHEETS}/d/${ID}/edit?gid=456#gid=456`, `${SHEETS}/d/${ID}/export?format=csv&gid=456`],
    ['a share link (first tab)', `${SHEETS}/d/${ID}/edit?usp=sharing`, `${SHEETS}/d/${ID}/export?format=csv`],
    ['the bare address', `${SHEETS}/d/${ID}`, `${SHEETS}/d/${ID}/export?format=csv`],
    ['a view link', `${SHEETS}/d/${ID}/view#gid=7`, `${SHEETS}/d/${ID}/export?format=csv&gid=7`],
    ['an htmlview link', `${SHEETS}/d/${ID}/htmlview`, `${SHEETS}/d/${ID}/export?format=csv`],
    ['a link with an account prefix', `${SHEETS}/u/1/d/${ID}/edit#gid=0`, `${SHEETS}/d/${ID}/export?format=csv&gid=0`],
    ['a fragment with a range after the tab', `${SHEETS}/d/${ID}/edit#gid=9&range=A1:C4`, `${SHEETS}/d/${ID}/export?format=csv&gid=9`],
    ['a published CSV link, kept', `${SHEETS}/d/e/${PUB}/pub?output=csv`, `${SHEETS}/d/e/${PUB}/pub?output=csv`],
    ['a published single-tab CSV link, kept', `${SHEETS}/d/e/${PUB}/pub?gid=5&single=true&output=csv`, `${SHEETS}/d/e/${PUB}/pub?gid=5&single=true&output=csv`],
    ['a published web page', `${SHEETS}/d/e/${PUB}/pubhtml`, `${SHEETS}/d/e/${PUB}/pub?output=csv`],
    ['a published web page of one tab', `${SHEETS}/d/e/${PUB}/pubhtml?gid=5&single=true`, `${SHEETS}/d/e/${PUB}/pub?gid=5&single=true&output=csv`],
    ['a published tab page (pubhtml/sheet)', `${SHEETS}/d/e/${PUB}/pubhtml/sheet?headers=false&gid=5`, `${SHEETS}/d/e/${PUB}/pub?gid=5&single=true&output=csv`],
    ['a published link with no output', `${SHEETS}/d/e/${PUB}/pub`, `${SHEETS}/d/e/${PUB}/pub?output=csv`],
    ['a published tab-separated link, kept', `${SHEETS}/d/e/${PUB}/pub?output=tsv`, `${SHEETS}/d/e/${PUB}/pub?output=tsv`],
    ['a published workbook link, kept', `${SHEETS}/d/e/${PUB}/pub?output=xlsx`, `${SHEETS}/d/e/${PUB}/pub?output=xlsx`],
    ['a published HTML output becomes CSV', `${SHEETS}/d/e/${PUB}/pub?output=html`, `${SHEETS}/d/e/${PUB}/pub?output=csv`],
    ['an export link, kept', `${SHEETS}/d/${ID}/export?format=tsv&gid=3`, `${SHEETS}/d/${ID}/export?format=tsv&gid=3`],
    ['a gviz CSV link, kept', `${SHEETS}/d/${ID}/gviz/tq?tqx=out:csv&sheet=Events`, `${SHEETS}/d/${ID}/gviz/tq?tqx=out:csv&sheet=Events`],
  ])('%s', (_name, link, expected) => {
    expect(googleSheetsCsvUrl(link)).toBe(expected);
  });

  it.each([
    ['another site', 'https://example.org/spreadsheets/d/abc/edit'],
    ['a Google Doc', `https://docs.google.com/document/d/${ID}/edit`],
    ['the Sheets home page', 'https://docs.google.com/spreadsheets/'],
    ['a relative path', '/fixtures/events.csv'],
    ['not a URL', 'not a url'],
    ['a look-alike host', `https://docs.google.com.example.org/spreadsheets/d/${ID}/edit`],
  ])('leaves %s alone (undefined)', (_name, link) => {
    expect(googleSheetsCsvUrl(link)).toBeUndefined();
  });

  it('ignores a gid that is not a number', () => {
    expect(googleSheetsCsvUrl(`${SHEETS}/d/${ID}/edit#gid=abc`)).toBe(`${SHEETS}/d/${ID}/export?format=csv`);
  });
});
