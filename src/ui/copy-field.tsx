import './copy-field.css';
import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../i18n/translate.ts';

interface CopyFieldProps {
  readonly label: string;
  readonly value: string;
  readonly copyLabel: string;
  readonly copiedMessage: string;
  readonly multiline?: boolean;
}

type CopyState = 'idle' | 'copied' | 'refused';

/**
 * A read-only field with a copy button. The Clipboard API is refused in some places (an
 * iframe without clipboard-write, an insecure origin): then the text is selected and the
 * reader is told to copy it by hand, rather than failing silently.
 */
export function CopyField({ label, value, copyLabel, copiedMessage, multiline = false }: CopyFieldProps) {
  const id = useId();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = window.setTimeout(() => setState('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      field.current?.focus();
      field.current?.select();
      setState('refused');
    }
  };

  const common = {
    id,
    ref: field,
    readOnly: true,
    value,
    className: 'copy-field__input',
    // A link or an embed code: left to right on a right-to-left page too, or its punctuation moves.
    dir: 'ltr',
    onFocus: () => field.current?.select(),
  };
  return (
    <div className="copy-field">
      <label htmlFor={id} className="copy-field__label">
        {label}
      </label>
      <div className="copy-field__row">
        {multiline ? <textarea {...common} rows={4} /> : <input type="text" {...common} />}
        <button type="button" className="button" onClick={() => void copy()}>
          {copyLabel}
        </button>
      </div>
      <p className="copy-field__status" role="status">
        {state === 'copied' && copiedMessage}
        {state === 'refused' && t('copy.refused')}
      </p>
    </div>
  );
}
