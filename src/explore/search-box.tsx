import './search-box.css';
import { useEffect, useRef, useState, type Ref } from 'react';
import { viewStore } from '../view-store/app-view-store.ts';
import { useViewSettings } from '../view-store/use-view-store.ts';
import { t } from '../i18n/translate.ts';

export interface SearchBoxProps {
  readonly ref?: Ref<HTMLInputElement>;
}

export const SEARCH_DELAY_MS = 300;
const MAX_LENGTH = 200; // as view-state.ts keeps in a link

// Written as the reader types: it replaces the history entry rather than adding one.
const onQueryChange = (query: string) => viewStore.updateSettings({ query }, 'replace');

/**
 * The search field. What is typed shows at once; the view (and so the filtering and the
 * address) follows after a pause, so each keystroke neither filters 100,000 events nor writes
 * the address bar. When the view changes for another reason (Back, Clear filters), the field
 * follows it.
 */
export function SearchBox({ ref }: SearchBoxProps) {
  const { query } = useViewSettings();
  const [text, setText] = useState(query);
  const sent = useRef(query);

  useEffect(() => {
    if (query === sent.current) return;
    sent.current = query;
    setText(query);
  }, [query]);

  useEffect(() => {
    if (text === sent.current) return;
    const timer = window.setTimeout(() => {
      sent.current = text;
      onQueryChange(text);
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  return (
    <div className="search-box" role="search">
      <svg className="search-box__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <circle cx="6.75" cy="6.75" r="4.75" />
        <path d="M10.25 10.25 14 14" />
      </svg>
      <input
        ref={ref}
        type="search"
        className="text-field text-field--large search-box__input"
        aria-label={t('search.label')}
        placeholder={t('search.label')}
        aria-keyshortcuts="/"
        maxLength={MAX_LENGTH}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && text !== sent.current) {
            sent.current = text;
            onQueryChange(text);
          }
        }}
      />
      <kbd className="search-box__key" aria-hidden="true">
        /
      </kbd>
    </div>
  );
}
