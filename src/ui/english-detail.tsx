import type { ReactNode } from 'react';

/**
 * Words that stay in English on a page in another language (a JSON engine's message, the
 * validator's reason), set apart and said to be English: `lang="en"` for screen readers and
 * hyphenation, `dir="ltr"` so the punctuation of an English sentence stays where it belongs
 * inside a right-to-left page. `label` says what they are, in the page's language.
 */
export function EnglishDetail({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div className="notice__detail english-detail">
      <p>{label}</p>
      <p lang="en" dir="ltr" className="english-detail__text">
        {children}
      </p>
    </div>
  );
}
