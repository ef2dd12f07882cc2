import { Fragment, useSyncExternalStore, type ReactNode } from 'react';
import { activeLanguage, subscribeLanguage } from './translate.ts';

/**
 * Remounts the app when the language changes. Messages are read with `t` during render, not
 * through a hook in each of some sixty components, so a new language is a new tree; the view
 * lives in the view store and the address and the data in the query cache, so nothing the
 * reader sees is lost but focus, which the language switch takes back (ui/language-switch.tsx).
 */
export function LanguageRoot({ children }: { readonly children: ReactNode }) {
  const language = useSyncExternalStore(subscribeLanguage, activeLanguage, activeLanguage);
  return <Fragment key={language}>{children}</Fragment>;
}
