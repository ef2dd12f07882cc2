import { useId, useState, type FormEvent } from 'react';
import type { TextKey } from '../i18n/messages-en.ts';
import { t } from '../i18n/translate.ts';

/** Longer links are refused: some servers and chat apps cut an address this long. */
const MAX_LINK = 2000;

/** A link the app can read with ?data=: http(s), or relative to the app; else what is wrong (the catalogue's key). */
export function linkProblem(text: string): TextKey | undefined {
  if (text === '') return 'make.linkEmpty';
  if (text.length > MAX_LINK) return 'make.linkTooLong';
  try {
    const url = new URL(text, document.baseURI);
    if (url.protocol === 'http:' || url.protocol === 'https:') return undefined;
  } catch {
    // Reported below.
  }
  return 'make.linkNotWeb';
}

export interface LinkFormProps {
  /** The link shown now (from the page's address), to edit. */
  readonly initial: string;
  readonly onSubmit: (link: string) => void;
}

/** "Paste a link": a Google Sheets link or any address of a file the app reads, then Preview. */
export function LinkForm({ initial, onSubmit }: LinkFormProps) {
  const id = useId();
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<TextKey>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const link = text.trim();
    const wrong = linkProblem(link);
    setProblem(wrong);
    if (!wrong) onSubmit(link);
  };
  return (
    <form className="make-source" onSubmit={submit} noValidate>
      <h3 className="make-source__title">
        <label htmlFor={`${id}-link`}>{t('make.pasteLink')}</label>
      </h3>
      <p id={`${id}-hint`} className="make-source__hint">
        {t('make.linkHint')}
      </p>
      <div className="make-link__row">
        <input
          id={`${id}-link`}
          className="text-field make-link__field"
          type="text"
          inputMode="url"
          // An address reads left to right on a right-to-left page too.
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://docs.google.com/spreadsheets/d/…"
          aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
          aria-invalid={problem ? true : undefined}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="button button--primary">
          {t('make.previewButton')}
        </button>
      </div>
      {problem && (
        <p id={`${id}-problem`} className="make-source__problem" role="alert">
          {t(problem, { limit: MAX_LINK })}
        </p>
      )}
      <p className="make-source__hint">{t('make.sheetsHint')}</p>
    </form>
  );
}
