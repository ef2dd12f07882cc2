import type { Language } from '../i18n/languages.ts';

/**
 * The language in a page's path. Arabic pages live under `/ar` (`/ar/`, `/ar/events/<id>`,
 * `/ar/embed…`, `/ar/changes`), English, the default, at the root: each language is a real
 * page on a static host with no rewrite rules, with its own title, link preview and `<html lang
 * dir>` (scripts/build/static-pages.ts), so a link shared in Arabic previews in Arabic. The
 * prefix is how the address states `lang=ar` (view-path.ts reads and writes it); `?lang=` is
 * still read, for English and for links made before the prefix.
 *
 * A leaf module: permalink.ts uses it too, without the URL format (see permalink.ts for why).
 */
export const PREFIXED_LANGUAGES = ['ar'] as const satisfies readonly Language[];
type PrefixedLanguage = (typeof PREFIXED_LANGUAGES)[number];

function isPrefixed(language: Language | undefined): language is PrefixedLanguage {
  return language === 'ar';
}

/** The path prefix of a language's pages: "/ar" for Arabic, "" for English (and no choice). */
export function languagePrefix(language: Language | undefined): string {
  return isPrefixed(language) ? `/${language}` : '';
}

/** An in-app path ("/", "/events/x?from=…") as that language's: "/ar/", "/ar/events/x?from=…". */
export function languagePath(path: string, language: Language | undefined): string {
  return languagePrefix(language) + path;
}

/** The language a path's prefix names, and the path without it ("/ar/events/x" → ar, "/events/x"). */
export function splitLanguagePath(pathname: string): { readonly language: PrefixedLanguage | undefined; readonly path: string } {
  const match = /^\/(ar)(?=\/|$)/.exec(pathname);
  if (!match) return { language: undefined, path: pathname };
  return { language: match[1] as PrefixedLanguage, path: pathname.slice(match[0].length) || '/' };
}
