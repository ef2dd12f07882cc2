import { useId, useState, type FormEvent } from 'react';

/** A link the app can read with ?data=: http(s), or relative to the app; else what is wrong. */
export function linkProblem(text: string): string | undefined {
  if (text === '') return 'Paste the link to your sheet or file first.';
  if (text.length > 2000) return 'That link is too long to share (more than 2,000 characters).';
  try {
    const url = new URL(text, document.baseURI);
    if (url.protocol === 'http:' || url.protocol === 'https:') return undefined;
  } catch {
    // Reported below.
  }
  return 'That is not a web address: paste a link that starts with https://.';
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
  const [problem, setProblem] = useState<string>();
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
        <label htmlFor={`${id}-link`}>Paste a link</label>
      </h3>
      <p id={`${id}-hint`} className="make-source__hint">
        A Google Sheets link as you copy it, or the address of a CSV, tab-separated, Excel (.xlsx) or JSON file.
      </p>
      <div className="make-link__row">
        <input
          id={`${id}-link`}
          className="text-field make-link__field"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://docs.google.com/spreadsheets/d/…"
          aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
          aria-invalid={problem ? true : undefined}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="button button--primary">
          Preview
        </button>
      </div>
      {problem && (
        <p id={`${id}-problem`} className="make-source__problem" role="alert">
          {problem}
        </p>
      )}
      <p className="make-source__hint">
        From Google Sheets: File → Share → Publish to web, or Share → “Anyone with the link”; then copy the link from the address bar.
      </p>
    </form>
  );
}
