import { enSheets } from '../i18n/messages-en-sheets.ts';
import { failureMaker, type LoadFailure } from './load-failure.ts';

/**
 * Google Sheets links as people copy them → the address of the tab's CSV. Pure, so that the
 * fetch (fetch-text.ts) can rewrite any link it is given, whoever gave it: ?data=, the early
 * load in the page's head, the command line.
 *
 * - …/spreadsheets/d/<id>/edit#gid=<gid> (or ?gid=, /view, /htmlview, /d/<id> alone, /u/0/d/…)
 *   → …/spreadsheets/d/<id>/export?format=csv&gid=<gid>: the tab the link shows, or the first
 *   tab when it names none. Works when the sheet is shared with "Anyone with the link".
 * - …/spreadsheets/d/e/<pubid>/pubhtml (or /pub, /pubhtml/sheet, with gid= and single=)
 *   → …/spreadsheets/d/e/<pubid>/pub?gid=<gid>&single=true&output=csv: a sheet published to
 *   the web. An output=csv, tsv or xlsx already asked for is kept.
 * - …/export?… and …/gviz/… links already name a file and are left as they are.
 * Undefined for anything that is not a Google Sheets link (and for Sheets pages that are no sheet).
 */

/** The sheet is neither shared nor published: what to do (i18n/messages-en-sheets.ts). */
export function sheetNotShared(): LoadFailure {
  return failureMaker(enSheets)('sheets.notShared');
}

function gidOf(url: URL): string | undefined {
  const fromHash = /(?:^#|&)gid=(\d+)/.exec(url.hash)?.[1];
  const gid = url.searchParams.get('gid') ?? fromHash;
  return gid && /^\d+$/.test(gid) ? gid : undefined;
}

export function googleSheetsCsvUrl(link: string): string | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  if (url.hostname !== 'docs.google.com' || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  // An account prefix (/u/0/) says whose session opened it; the address works without it.
  const path = url.pathname.replace(/^\/spreadsheets\/u\/\d+\//, '/spreadsheets/');
  const gid = gidOf(url);
  const published = /^\/spreadsheets\/(d\/e\/[\w-]+|d\/[\w-]+)\/(pub|pubhtml)(\/sheet)?\/?$/.exec(path);
  if (published) {
    const output = url.searchParams.get('output');
    const keep = output && /^(csv|tsv|xlsx)$/.test(output) ? output : 'csv';
    const single = url.searchParams.get('single') ?? (published[3] || gid ? 'true' : undefined);
    const query = [gid && `gid=${gid}`, single && `single=${single}`, `output=${keep}`].filter(Boolean).join('&');
    return `https://docs.google.com/spreadsheets/${published[1]}/pub?${query}`;
  }
  if (/^\/spreadsheets\/d\/[\w-]+\/(export|gviz)\b/.test(path)) return url.href;
  const edit = /^\/spreadsheets\/d\/([\w-]{10,})(\/[\w-]*)?\/?$/.exec(path);
  if (!edit) return undefined;
  return `https://docs.google.com/spreadsheets/d/${edit[1]}/export?format=csv${gid ? `&gid=${gid}` : ''}`;
}
