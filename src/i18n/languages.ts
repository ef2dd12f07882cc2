/**
 * The languages the app speaks. English is the source of the catalogue's keys; Arabic is read
 * right to left. Dates and numbers go through Intl with `localeTag`: for Arabic `ar-IQ` (the
 * Iraqi month names, كانون الثاني …, that the default dataset's readers expect) with Latin
 * digits (`-u-nu-latn`), as the Iraqi news sites we read print dates and figures (see
 * ../shared/research/arabic-glossary.md, "Months, dates and digits"); it also keeps the figures
 * in a summary (written with Latin digits) and the page's own counts in one script.
 */
export const LANGUAGES = ['en', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Direction = 'ltr' | 'rtl';

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'ar';
}

export function directionOf(language: Language): Direction {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** The BCP 47 tag for Intl. */
export function localeTag(language: Language): string {
  return language === 'ar' ? 'ar-IQ-u-nu-latn' : 'en-GB';
}

/** The `lang` attribute of the page (and hreflang's region-free form is the language itself). */
export function htmlLang(language: Language): string {
  return language === 'ar' ? 'ar-IQ' : 'en';
}

/**
 * A language's name in the page's language ("الإنجليزية" for en in Arabic), for "Original in
 * English"; the tag itself where Intl does not know it.
 */
export function languageName(tag: string, pageLanguage: Language): string {
  try {
    return new Intl.DisplayNames([localeTag(pageLanguage)], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Each language named in itself, for the switch. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', ar: 'العربية' };

/** The first of the reader's languages that we have (navigator.languages order), if any. */
export function preferredLanguage(tags: readonly string[]): Language | undefined {
  for (const tag of tags) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return undefined;
}
