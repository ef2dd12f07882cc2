import type { ArabicPlural, EnglishPlural } from './plural.ts';

/**
 * The English catalogue: the source of every key. A message is text with `{name}` slots, or a
 * plural (`one`/`other` here; messages-ar.ts must give all six Arabic forms). Keys are grouped
 * by where they show: `header.`, `timeline.`, `panel.`, …
 */
export const en = {
  'language.switch': 'Language',
  'language.other': 'العربية',
  'date.approximate': 'c. {date}',
  'date.precisionApproximate': 'Approximate date',
  'date.precisionYear': 'Date known to the year',
  'date.precisionMonth': 'Date known to the month',
  'date.weekOf': 'Week of {date}',
  'header.updated': 'Updated',
  'header.count': { one: '{shown} of {count} event', other: '{shown} of {count} events' },
  'header.more': 'More',
  'header.less': 'Less',
  'header.ofDescription': ' of the description',
} as const satisfies Readonly<Record<string, string | EnglishPlural>>;

type English = typeof en;
export type MessageKey = keyof English;
/** Keys of plain messages (for `t`). */
export type TextKey = { [K in MessageKey]: English[K] extends string ? K : never }[MessageKey];
/** Keys of plural messages (for `tn`). */
export type PluralKey = Exclude<MessageKey, TextKey>;

/** Another language's catalogue: every key, no other; plurals with Arabic's six forms. */
export type Catalogue = { readonly [K in MessageKey]: English[K] extends string ? string : ArabicPlural };
