import { fillMessage as fill, type MessageParams } from './fill-message.ts';
import { directionOf, type Language } from './languages.ts';
import { en, type Catalogue, type LoadFailureKey, type MessageKey, type PluralKey, type TextKey } from './messages-en.ts';
import { pluralCategory, pluralForm, type PluralForms } from './plural.ts';

/**
 * The active language and its catalogue, one copy for the page (as the view store is one copy).
 * `t` and `tn` read it, so a model or a formatter can name a message without a React hook; the
 * app's root remounts when the language changes (i18n/language-root.tsx), so every component
 * reads the new one. English is in the first download; another language's catalogue is set by
 * load-language.ts once its chunk has arrived, and so are the words of a part with a catalogue of
 * its own (/make's, in each language: addPartMessages).
 */
type Messages = Partial<Readonly<Record<MessageKey, string | PluralForms>>>;

let active: { language: Language; messages: Messages } = { language: 'en', messages: en };
// The English of the later parts, once its chunk has loaded (load-language.ts, loadLaterMessages).
const NONE: Messages = {};
let englishLater: Messages = NONE;
// A part's own words, by language (load-language.ts, loadMakeMessages).
const partMessages: Partial<Record<Language, Messages>> = {};
const listeners = new Set<() => void>();

/** A message with its `{name}` slots filled; numbers are written as counts ("1,234"). */
export function t(key: TextKey, params?: MessageParams): string {
  return fill((message(key) as string | undefined) ?? key, params);
}

/** A message in the plural form for `count` (`{count}` in it is the count, formatted). */
export function tn(key: PluralKey, count: number, params?: MessageParams): string {
  const forms = message(key) as PluralForms | undefined;
  if (!forms) return key;
  return fill(pluralForm(forms, pluralCategory(active.language, count)), { ...params, count });
}

function message(key: MessageKey): string | PluralForms | undefined {
  return active.messages[key] ?? partMessages[active.language]?.[key] ?? englishLater[key] ?? partMessages.en?.[key];
}

/**
 * A failed load's message (data/load-failure.ts) in the active language, or its English, which
 * was worded where the load failed: English pages never load these words as a catalogue.
 */
export function tLoadFailure(failure: { readonly key: LoadFailureKey; readonly params?: MessageParams; readonly english: string }): string {
  const text = failureText(failure.key);
  return typeof text === 'string' ? fill(text, failure.params) : failure.english;
}

function failureText(key: LoadFailureKey): string | PluralForms | undefined {
  return active.language === 'en' ? undefined : (active.messages[key] ?? partMessages[active.language]?.[key]);
}

/** Whether a failed load can be said in the active language now (English always can; see load-language.ts for the rest). */
export function hasLoadFailureWords(key: LoadFailureKey): boolean {
  return active.language === 'en' || failureText(key) !== undefined;
}

export function addEnglishLater(messages: Messages): void {
  englishLater = messages;
  for (const listener of listeners) listener();
}

/** A part's words in `language` (a catalogue of its own, such as /make's), once its chunk has loaded. */
export function addPartMessages(language: Language, messages: Messages): void {
  partMessages[language] = { ...partMessages[language], ...messages };
  for (const listener of listeners) listener();
}

/** Whether every message of the active language is at hand (Arabic's catalogue has them all). */
export function hasLaterMessages(): boolean {
  return active.language !== 'en' || englishLater !== NONE;
}

export function activeLanguage(): Language {
  return active.language;
}

/** Right to left for Arabic: the timeline mirrors (timeline/model/mirror-layout.ts), keys follow. */
export function isRightToLeft(): boolean {
  return directionOf(active.language) === 'rtl';
}

export function setActiveCatalogue(language: Language, messages: Catalogue | typeof en): void {
  // (Catalogue: every key; English: the first screen's, the rest in englishLater.)
  if (active.language === language && active.messages === messages) return;
  active = { language, messages };
  for (const listener of listeners) listener();
}

export function subscribeLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
