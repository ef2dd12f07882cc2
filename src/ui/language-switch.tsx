import { useEffect, useRef } from 'react';
import { activeLanguage, t } from '../i18n/translate.ts';
import { htmlLang, LANGUAGE_NAMES, type Language } from '../i18n/languages.ts';

// Set by a click, read once by the switch of the remounted page (i18n/language-root.tsx).
let focusAfterRemount = false;

/**
 * The header's language switch: the other language, named in itself ("العربية" / "English").
 * It changes `lang` in the address through `onChoose`, so the view, the selection and the
 * filters stay as they were, and Back returns to the previous language.
 */
export function LanguageSwitch({ onChoose }: { readonly onChoose: (language: Language) => void }) {
  const button = useRef<HTMLButtonElement>(null);
  const other: Language = activeLanguage() === 'ar' ? 'en' : 'ar';
  useEffect(() => {
    if (!focusAfterRemount) return;
    focusAfterRemount = false;
    button.current?.focus();
  }, []);
  return (
    <button
      ref={button}
      type="button"
      className="button button--quiet language-switch"
      lang={htmlLang(other)}
      title={t('language.switch')}
      onClick={() => {
        focusAfterRemount = true;
        onChoose(other);
      }}
    >
      {LANGUAGE_NAMES[other]}
    </button>
  );
}
