import type { Language } from './languages.ts';

export type PluralCategory = Intl.LDMLPluralRule;

/** A message with a form per plural category; `{count}` is the number. English needs one and other. */
export interface EnglishPlural {
  readonly one: string;
  readonly other: string;
}
/** Arabic has all six categories (zero, one, two, few, many, other), and the type asks for each. */
export type ArabicPlural = Readonly<Record<PluralCategory, string>>;
export type PluralForms = EnglishPlural | ArabicPlural;

let arabicRules: Intl.PluralRules | undefined;

/**
 * The plural category of a count. English is the one rule worth writing by hand: Intl is not
 * started on the first frame of an English page (its first use costs ~30 ms, see
 * format-count.ts). Arabic uses Intl.PluralRules: 0 zero, 1 one, 2 two, 3–10 few, 11–99 many,
 * 100–102 other, 103 few …
 */
export function pluralCategory(language: Language, count: number): PluralCategory {
  if (language === 'en') return count === 1 ? 'one' : 'other';
  arabicRules ??= new Intl.PluralRules('ar');
  return arabicRules.select(count);
}

export function pluralForm(forms: PluralForms, category: PluralCategory): string {
  return (forms as Partial<Record<PluralCategory, string>>)[category] ?? forms.other;
}
