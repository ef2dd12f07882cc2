import { isClaimStatus, type ClaimStatus } from '../data/claim-status.ts';
import { SLUG_PATTERN } from '../data/slug.ts';
import { isLanguage, type Language } from '../i18n/languages.ts';
import type { TextKey } from '../i18n/messages-en.ts';
import { joinCommaList, splitCommaList } from './comma-list.ts';
import { formatBound, parseBound } from './window-bound.ts';

/**
 * Everything a link must reproduce lives in the URL, and this module and view-path.ts are the
 * only ones that read and write it: here the query (window, filters, search, data, theme,
 * `lang`); in view-path.ts the path (the selection, the embed, Arabic's `/ar`) and the whole
 * address. `parseViewSearch` never throws: an invalid value is dropped and named in `problems`.
 */
export type Theme = 'light' | 'dark' | 'auto';

export interface TimeWindow {
  readonly from: number;
  readonly to: number;
}

export interface ViewState {
  /** The visible window (wall-clock ms, see calendar-date.ts); absent means "fit the data". */
  readonly window?: TimeWindow;
  /** Category ids to show; absent means all. */
  readonly categories?: readonly string[];
  /** Claim statuses to show (`status`, as `cat`: absent means all, empty means none). */
  readonly statuses?: readonly ClaimStatus[];
  readonly actors?: readonly string[];
  readonly countries?: readonly string[];
  /** Only the events marked as key moments of the story (`key=1`). */
  readonly keyOnly: boolean;
  readonly query: string;
  /** Another dataset's URL (http(s) or relative to the app). */
  readonly dataUrl?: string;
  readonly theme: Theme;
  /** The language the reader chose (`lang`); absent: the dataset's, else the browser's (i18n/). */
  readonly lang?: Language;
}

export const DEFAULT_VIEW: ViewState = { keyOnly: false, query: '', theme: 'auto' };

export const MIN_WINDOW_MS = 60 * 60 * 1000; // one hour: finer than any dataset dates
export const MAX_WINDOW_MS = 200 * 365.25 * 24 * 60 * 60 * 1000;
const MAX_QUERY_LENGTH = 200;
const MAX_LIST_ITEMS = 50;
const SLUG = new RegExp(SLUG_PATTERN);

/** A dropped part of a link, as the catalogue's key: the notice says it in the reader's language. */
export type LinkProblem = TextKey;

function parseList(raw: string, problem: LinkProblem, problems: LinkProblem[], valid: (item: string) => boolean) {
  const items = [...new Set(splitCommaList(raw))];
  const good = items.filter(valid).slice(0, MAX_LIST_ITEMS);
  if (good.length < items.length) problems.push(problem);
  return good.length ? good : undefined;
}

function parseDataUrl(raw: string): string | null {
  const trimmed = raw.trim();
  if (!trimmed || trimmed.length > 2000) return null;
  try {
    const url = new URL(trimmed, 'https://relative.invalid/');
    return url.protocol === 'http:' || url.protocol === 'https:' ? trimmed : null;
  } catch {
    return null;
  }
}

export interface ParsedView {
  readonly view: ViewState;
  /** The values that were dropped, for a dismissible notice. */
  readonly problems: readonly LinkProblem[];
}

export function parseViewSearch(search: URLSearchParams): ParsedView {
  const problems: LinkProblem[] = [];
  let window: TimeWindow | undefined;
  const fromText = search.get('from');
  const toText = search.get('to');
  if (fromText !== null || toText !== null) {
    const from = fromText === null ? null : parseBound(fromText, 'from');
    const to = toText === null ? null : parseBound(toText, 'to');
    if (from === null || to === null) {
      problems.push('link.windowFormat');
    } else if (to - from < MIN_WINDOW_MS || to - from > MAX_WINDOW_MS) {
      problems.push('link.windowOrder');
    } else {
      window = { from, to };
    }
  }
  const catText = search.get('cat');
  // "cat=" is the empty selection (show none), which serializeViewSearch writes for [].
  const categories =
    catText === null ? undefined : catText.trim() === '' ? [] : parseList(catText, 'link.invalidCategories', problems, (id) => SLUG.test(id));
  const statusText = search.get('status');
  const statuses =
    statusText === null
      ? undefined
      : statusText.trim() === ''
        ? []
        : (parseList(statusText, 'link.invalidStatuses', problems, isClaimStatus) as ClaimStatus[] | undefined);
  const plainItem = (item: string) => item.length <= 120;
  const actorText = search.get('actor');
  const actors = actorText === null ? undefined : parseList(actorText, 'link.invalidActors', problems, plainItem);
  const countryText = search.get('country');
  const countries = countryText === null ? undefined : parseList(countryText, 'link.invalidCountries', problems, plainItem);
  const keyText = search.get('key');
  // key=0 is what a hand-edited link says for "off"; it is read, then left out when written.
  if (keyText !== null && keyText !== '0' && keyText !== '1') {
    problems.push('link.key');
  }
  const keyOnly = keyText === '1';

  let query = search.get('q') ?? '';
  if (query.length > MAX_QUERY_LENGTH) {
    query = query.slice(0, MAX_QUERY_LENGTH);
    problems.push('link.query');
  }
  const dataText = search.get('data');
  let dataUrl: string | undefined;
  if (dataText !== null) {
    dataUrl = parseDataUrl(dataText) ?? undefined;
    if (!dataUrl) problems.push('link.data');
  }
  const themeText = search.get('theme');
  let theme: Theme = 'auto';
  if (themeText === 'light' || themeText === 'dark' || themeText === 'auto') theme = themeText;
  else if (themeText !== null) problems.push('link.theme');

  const langText = search.get('lang');
  const lang = isLanguage(langText) ? langText : undefined;
  if (langText !== null && !lang) problems.push('link.lang');

  return { view: { window, categories, statuses, actors, countries, keyOnly, query, dataUrl, theme, lang }, problems };
}

/** The canonical query string for a view: defaults are left out, order is fixed. */
export function serializeViewSearch(view: ViewState): URLSearchParams {
  const search = new URLSearchParams();
  if (view.window) {
    search.set('from', formatBound(view.window.from, 'from'));
    search.set('to', formatBound(view.window.to, 'to'));
  }
  if (view.categories) search.set('cat', view.categories.join(','));
  if (view.statuses) search.set('status', view.statuses.join(','));
  if (view.actors?.length) search.set('actor', joinCommaList(view.actors));
  if (view.countries?.length) search.set('country', joinCommaList(view.countries));
  if (view.keyOnly) search.set('key', '1');
  if (view.query) search.set('q', view.query);
  if (view.dataUrl) search.set('data', view.dataUrl);
  if (view.theme !== 'auto') search.set('theme', view.theme);
  if (view.lang) search.set('lang', view.lang);
  return search;
}

export function searchString(view: ViewState): string {
  const text = serializeViewSearch(view).toString();
  return text ? `?${text}` : '';
}
