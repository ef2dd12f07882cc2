/**
 * The English words of a Google Sheets link whose sheet Google will not send (not shared, not
 * published): what to do, in the menus' own words. Apart from messages-en-fetch.ts so that they
 * load with data/google-sheets-url.ts, only for a Sheets link, never in the first download; the
 * rest as messages-en-fetch.ts (worded here in English, messages-ar.ts has the same key).
 */
export const enSheets = {
  'sheets.notShared':
    'Google Sheets did not send the sheet: it is not shared with everyone yet. In Google Sheets, choose ' +
    'File → Share → Publish to web, pick the tab and "Comma-separated values (.csv)", click Publish, and paste ' +
    'the link it gives you; or choose Share → General access → "Anyone with the link" (Viewer), click Done, ' +
    'and paste the address of the sheet from your browser.',
} as const satisfies Readonly<Record<string, string>>;
